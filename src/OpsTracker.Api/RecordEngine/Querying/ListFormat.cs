using System.Text.Json.Serialization;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>How a list answers: a JSON page, every matching record as CSV, or as a GeoJSON FeatureCollection.</summary>
public enum ListFormat
{
    Json,
    Csv,
    [JsonStringEnumMemberName("geojson")]
    GeoJson,
}
