namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>The extractor's figures on the evaluation set.</summary>
public sealed class EvaluationResult
{
    public required IReadOnlyList<KindScore> Kinds { get; init; }
    public required KindScore Overall { get; init; }

    /// <summary>Expected records that no draft matched.</summary>
    public required IReadOnlyList<EvaluationMiss> Missed { get; init; }

    /// <summary>Drafts that matched no expected record.</summary>
    public required IReadOnlyList<EvaluationMiss> Extra { get; init; }

    /// <summary>Of the matched pairs, how often each other field the analyst gave agrees (affiliation, country, campIds …).</summary>
    public required IReadOnlyDictionary<string, (int Agree, int Given)> FieldAgreement { get; init; }

    public int Reports { get; init; }
}
