namespace OpsTracker.Api.Features.Shared;

/// <summary>A response that may carry a WGS84 point, and so can be drawn as a GeoJSON feature.</summary>
public interface IGeoPoint
{
    long Id { get; }
    double? Latitude { get; }
    double? Longitude { get; }
}
