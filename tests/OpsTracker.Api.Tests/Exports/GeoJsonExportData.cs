using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Exports;

/// <summary>Operations, casualties and arrests with and without coordinates, in Syria and Iraq.</summary>
public sealed class GeoJsonExportData : SharedApi
{
    public static readonly string[] GeoResources = ["operations", "casualties", "arrests", "events"];

    /// <summary>Resource name → label (syriaPoint, noPoint, iraqPoint) → id.</summary>
    public Dictionary<string, Dictionary<string, long>> Records { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        var sourceId = await client.CreateSourceAsync();
        foreach (var name in GeoResources)
        {
            async Task<long> Create(string country, double? latitude, double? longitude) => await client.CreateIdAsync(ResourceCatalogue.Get(name).Collection,
                (await client.ReportRecordAsync(name, sourceId)).With(("country", country), ("latitude", latitude), ("longitude", longitude), ("notes", "al-Hol, \"camp\"")));

            Records[name] = new()
            {
                ["syriaPoint"] = await Create("SY", 36.3733, 41.1442),
                ["noPoint"] = await Create("SY", null, null),
                ["iraqPoint"] = await Create("IQ", 34.37, -0.5),
            };
        }
    }
}
