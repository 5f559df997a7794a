namespace OpsTracker.Api.RecordEngine.Exports;

public static class GeoJsonFormat
{
    public const string ContentType = "application/geo+json";
}
