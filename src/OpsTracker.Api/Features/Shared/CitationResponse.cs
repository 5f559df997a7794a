namespace OpsTracker.Api.Features.Shared;

/// <summary>One source's citation of a record, with what the source said (see <see cref="CitationRequest"/>).</summary>
public sealed class CitationResponse
{
    public required long SourceId { get; init; }
    public required string? Quote { get; init; }
    public required string? Locator { get; init; }

    /// <summary>1 (confirmed) to 6 (cannot be judged).</summary>
    public required int Credibility { get; init; }

    /// <summary>Null when the citation names nobody.</summary>
    public required AttributionResponse? AttributedTo { get; init; }

    /// <summary>Null when the source says what the record says.</summary>
    public required CountResponse? Count { get; init; }
}
