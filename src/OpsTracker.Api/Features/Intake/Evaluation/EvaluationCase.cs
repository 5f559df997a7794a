namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>One report of the evaluation set: its text, publication date and the records an analyst makes from it.</summary>
public sealed class EvaluationCase
{
    public required string File { get; init; }
    public required string Language { get; init; }
    public required DateOnly PublishedOn { get; init; }
    public string? Notes { get; init; }

    /// <summary>
    /// When the report was written: "first" (with the extractor), "second" and "third" (each written and committed
    /// before the extractor was run on it, so its first score measured the extractor on text it was not tuned to).
    /// </summary>
    public string Batch { get; init; } = "first";
    public required IReadOnlyList<ExpectedRecord> Records { get; init; }

    /// <summary>Filled from the report file when the set is loaded.</summary>
    public string Text { get; set; } = "";

    /// <summary>One of the two seed reports, whose every figure must be found.</summary>
    public bool IsSeed => Path.GetFileName(File).StartsWith("seed-", StringComparison.Ordinal);
}
