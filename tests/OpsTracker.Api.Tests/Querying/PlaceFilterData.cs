using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// Camps in Syria, Iraq and nowhere stated; for each resource with place fields, records in Syria and Iraq with and
/// without a region and a camp; and camp population figures covering one or two camps.
/// </summary>
public sealed class PlaceFilterData : SharedApi
{
    public static readonly string[] PlacedResources = ["operations", "casualties", "arrests", "detainee-figures"];

    public long HolCampId { get; private set; }
    public long JeddahCampId { get; private set; }
    public long UnplacedCampId { get; private set; }

    /// <summary>Resource name → label (syriaHasakahInHol, syriaDeirEzZor, iraqNinevehInJeddah, iraqNoRegion) → id.</summary>
    public Dictionary<string, Dictionary<string, long>> Records { get; } = [];

    /// <summary>Label (hol, holAndJeddah, jeddah) → id.</summary>
    public Dictionary<string, long> CampPopulations { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        HolCampId = await client.CreateIdAsync(Paths.Camps, Payloads.Camp().With(("country", "SY"), ("region", "Al-Hasakah")));
        JeddahCampId = await client.CreateIdAsync(Paths.Camps, Payloads.Camp().With(("name", "Jeddah 5"), ("country", "IQ"), ("region", "Nineveh")));
        UnplacedCampId = await client.CreateIdAsync(Paths.Camps, Payloads.Camp().With(("name", "Unplaced camp"), ("country", null), ("region", null)));
        var sourceId = await client.CreateSourceAsync();

        foreach (var name in PlacedResources)
        {
            async Task<long> Create(string country, string? region, long? campId) => await client.CreateIdAsync(ResourceCatalogue.Get(name).Collection,
                (await client.ReportRecordAsync(name, sourceId)).With(("country", country), ("region", region), ("campId", campId)));

            Records[name] = new()
            {
                ["syriaHasakahInHol"] = await Create("SY", "Al-Hasakah", HolCampId),
                ["syriaDeirEzZor"] = await Create("SY", "Deir ez-Zor", null),
                ["iraqNinevehInJeddah"] = await Create("IQ", "Nineveh", JeddahCampId),
                ["iraqNoRegion"] = await Create("IQ", null, null),
            };
        }

        Task<long> Population(params long[] campIds) =>
            client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(sourceId, campIds));

        CampPopulations["hol"] = await Population(HolCampId);
        CampPopulations["holAndJeddah"] = await Population(HolCampId, JeddahCampId);
        CampPopulations["jeddah"] = await Population(JeddahCampId);
    }
}
