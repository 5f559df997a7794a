namespace OpsTracker.Api.Features.Shared;

public interface ICoordinateFields
{
    /// <summary>WGS84 latitude, -90 to 90; give it with longitude or not at all.</summary>
    double? Latitude { get; }

    /// <summary>WGS84 longitude, -180 to 180; give it with latitude or not at all.</summary>
    double? Longitude { get; }
}
