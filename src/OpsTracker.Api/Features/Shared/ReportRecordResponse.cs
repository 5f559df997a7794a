using System.Text.Json.Serialization;

namespace OpsTracker.Api.Features.Shared;

/// <summary>A record that carries a reported figure, with its citations.</summary>
public abstract class ReportRecordResponse : CitingRecordResponse
{
    /// <summary>Written after the citations (the base class's, which serialize after this class's own), as before they were split.</summary>
    [JsonPropertyOrder(1)]
    public required CountResponse Count { get; init; }
}
