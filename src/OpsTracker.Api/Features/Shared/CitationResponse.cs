using System.Text.Json.Serialization;

namespace OpsTracker.Api.Features.Shared;

/// <summary>One source's citation of a record, with what the source said (see <see cref="CitationRequest"/>).</summary>
public sealed class CitationResponse
{
    public required long SourceId { get; init; }
    public required string? Quote { get; init; }
    public required string? Locator { get; init; }

    /// <summary>1 (confirmed) to 6 (cannot be judged).</summary>
    public required int Credibility { get; init; }

    /// <summary>Left out when the source attributes the claim to nobody.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public required AttributionResponse? AttributedTo { get; init; }

    /// <summary>Left out when the source says what the record says (its count is the record's).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public required CountResponse? Count { get; init; }
}
