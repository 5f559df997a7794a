using System.Text.Json.Nodes;

namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>A proposed record of a report, and what the analyst decided about it.</summary>
public sealed class DraftResponse
{
    /// <summary>The draft's number within its report, from 1.</summary>
    public required int N { get; init; }

    /// <summary>The record kind's path: "casualties" (accepting posts the record there).</summary>
    public required string Kind { get; init; }

    /// <summary>Exactly the body a POST of that kind takes, with every field the text gave, citing the report's source.</summary>
    public required JsonObject Record { get; init; }

    public required DraftStatus Status { get; init; }

    /// <summary>0 to 1: how directly the text said what the figure counts, when and about whom.</summary>
    public required double Confidence { get; init; }

    /// <summary>The passages the figure comes from, with their offsets in the text: text[start..end) is the quote.</summary>
    public required IReadOnlyList<DraftQuote> Quotes { get; init; }

    /// <summary>Who the text says makes the claim, or null.</summary>
    public required DraftAttribution? AttributedTo { get; init; }

    /// <summary>Names found in the text that match no force, camp or person in the database: never guessed.</summary>
    public required IReadOnlyList<UnresolvedName> Unresolved { get; init; }

    /// <summary>Required fields of the kind the text did not give: fill them in the accept's body.</summary>
    public required IReadOnlyList<string> Missing { get; init; }

    /// <summary>The record an accept made, or null.</summary>
    public required long? RecordId { get; init; }

    public required DateTime? DecidedAt { get; init; }
}
