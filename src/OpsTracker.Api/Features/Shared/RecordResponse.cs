using System.Text.Json.Serialization;

namespace OpsTracker.Api.Features.Shared;

/// <summary>The fields every record answers with.</summary>
public abstract class RecordResponse
{
    [JsonPropertyOrder(-2)]
    public required long Id { get; init; }

    [JsonPropertyOrder(-1)]
    public required string? ExternalId { get; init; }

    [JsonPropertyOrder(100)]
    public required string? Notes { get; init; }

    [JsonPropertyOrder(101)]
    public required DateTime CreatedAt { get; init; }

    [JsonPropertyOrder(102)]
    public required DateTime UpdatedAt { get; init; }
}
