namespace OpsTracker.Api.Features.Intake;

/// <summary>
/// A record proposed from a report's text, waiting for an analyst: the record kind (its route path), the fields the
/// text gave in the shape of that kind's POST body, the passages it comes from, who claims it, how sure the reading
/// is, the names it could not match and the required fields the text did not give.
/// </summary>
public sealed class Draft
{
    public required string Kind { get; init; }
    public required DraftRecord Record { get; init; }

    /// <summary>The passages, first the one the figure was read from; a figure told twice (headline and body) cites both.</summary>
    public required IReadOnlyList<DraftQuote> Quotes { get; init; }

    public DraftAttribution? AttributedTo { get; init; }

    /// <summary>0 to 1: how directly the text said what the figure counts, when and about whom.</summary>
    public double Confidence { get; init; }

    public IReadOnlyList<UnresolvedName> Unresolved { get; init; } = [];

    /// <summary>Required fields of the kind that the text did not give (the analyst fills them before accepting).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}
