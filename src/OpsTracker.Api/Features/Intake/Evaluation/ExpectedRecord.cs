using System.Text.Json;
using System.Text.Json.Serialization;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>A record an analyst makes from an evaluation report (expected.json): what a draft must match, and the rest of its fields.</summary>
public sealed class ExpectedRecord
{
    public required string Kind { get; init; }
    /// <summary>The figure; none for a statement, and for an event the report gives no figure with.</summary>
    public CountRequest? Count { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public DateOnly? AsOf { get; init; }
    public DatePrecision? DatePrecision { get; init; }

    /// <summary>Statements: the day the words were said, where the text dates them.</summary>
    public DateOnly? MadeOn { get; init; }

    /// <summary>A passage of the text; for a statement, the words said (its quote field).</summary>
    public string? Quote { get; init; }

    /// <summary>The other fields (affiliation, country, campIds, forceIds, person …), compared as agreement rates.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Fields { get; init; } = [];

    public override string ToString()
    {
        if (Kind == DraftKinds.Statements)
        {
            return $"{Kind} madeOn {MadeOn:yyyy-MM-dd} ({EvaluationText.Precision(DatePrecision)}) «{Quote}»";
        }

        var date = DraftKinds.IsEvent(Kind)
            ? $"{StartDate:yyyy-MM-dd}{(EndDate is null ? "" : $"..{EndDate:yyyy-MM-dd}")}"
            : $"asOf {AsOf:yyyy-MM-dd}";
        return $"{Kind} {EvaluationText.Count(Count)} {date} ({EvaluationText.Precision(DatePrecision)})";
    }
}
