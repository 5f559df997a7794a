namespace OpsTracker.Api.Domain;

/// <summary>
/// One citation: a report record that cites a source, with what the source said. Every record kind has a link table
/// of its own (its class adds only the record's id); the citation's fields are declared here, and mapped once
/// (<c>ConfigureSourceLinks</c>), so every kind's citations carry the same claim.
/// </summary>
public abstract class SourceLink
{
    /// <summary>Information credibility when nobody judged it: 6, "truth cannot be judged" (Admiralty code).</summary>
    public const int DefaultCredibility = 6;

    public long SourceId { get; set; }

    /// <summary>The passage the figure comes from, verbatim, in the source's language.</summary>
    public string? Quote { get; set; }

    /// <summary>Where in the source: a paragraph, a page, a timestamp.</summary>
    public string? Locator { get; set; }

    /// <summary>The Admiralty code's information credibility of this item, 1 (confirmed) to 6 (cannot be judged).</summary>
    public int Credibility { get; set; } = DefaultCredibility;

    /// <summary>The force the source says made the claim (CENTCOM, the SDF).</summary>
    public long? AttributedToForceId { get; set; }

    /// <summary>Who the source says made the claim, in words: "research reports", "an anonymous US official".</summary>
    public string? AttributedToText { get; set; }

    /// <summary>
    /// This source's own reading of the figure where it differs from the record's (columns rather than a nested
    /// object, so the link table stays flat for the import's writers); all null when the source says what the record says.
    /// </summary>
    public int? CountBest { get; set; }

    public int? CountLow { get; set; }
    public int? CountHigh { get; set; }
    public CountQualifier? CountQualifier { get; set; }

    /// <summary>The source's own reading as a count, or null where it gives none of its own.</summary>
    public ReportedCount? OwnCount() => CountBest is { } best
        ? new ReportedCount { Best = best, Low = CountLow, High = CountHigh, Qualifier = CountQualifier ?? Domain.CountQualifier.Exact }
        : null;

    /// <summary>Sets the source's own reading (null: it says what the record says).</summary>
    public void SetOwnCount(ReportedCount? count)
    {
        CountBest = count?.Best;
        CountLow = count?.Low;
        CountHigh = count?.High;
        CountQualifier = count?.Qualifier;
    }
}
