namespace OpsTracker.Api.Features.Shared;

/// <summary>
/// One source's citation of a record, with what the source said: the passage in its own words, where it is, how far
/// to trust it, who the source says made the claim, and the source's own reading of the figure where it differs.
/// </summary>
public sealed class CitationRequest
{
    /// <summary>The source cited (required).</summary>
    public long? SourceId { get; init; }

    /// <summary>The passage the figure comes from, verbatim, in the source's language (up to 2,000 characters).</summary>
    public string? Quote { get; init; }

    /// <summary>Where in the source: "paragraph 6", "p. 12", "04:31".</summary>
    public string? Locator { get; init; }

    /// <summary>The Admiralty code's information credibility, 1 (confirmed) to 6 (cannot be judged, the default).</summary>
    public int? Credibility { get; init; }

    /// <summary>Who the source says made the claim: a force, and/or words ("an anonymous US official").</summary>
    public AttributionRequest? AttributedTo { get; init; }

    /// <summary>This source's own reading where it differs from the record's count; left out, it says what the record says.</summary>
    public CountRequest? Count { get; init; }
}
