using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Camps;

public sealed class CampResponse : RecordResponse
{
    public required string Name { get; init; }
    public required List<string> Aliases { get; init; }
    public required string? Country { get; init; }
    public required string? Region { get; init; }
    public required double? Latitude { get; init; }
    public required double? Longitude { get; init; }
}
