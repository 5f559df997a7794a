namespace OpsTracker.Api.Features.Shared;

public sealed class AttributionResponse
{
    public required long? ForceId { get; init; }
    public required string? Text { get; init; }
}
