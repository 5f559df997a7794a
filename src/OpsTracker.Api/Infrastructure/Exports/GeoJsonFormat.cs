namespace OpsTracker.Api.Infrastructure.Exports;

public static class GeoJsonFormat
{
    public const string ContentType = "application/geo+json";
}
