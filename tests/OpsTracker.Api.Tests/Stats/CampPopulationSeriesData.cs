using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// Population figures for al-Hol, for Roj, and for both reported together, from sources of different grades; some
/// reports agree, some disagree within the same day, month or year.
/// </summary>
public sealed class CampPopulationSeriesData : SharedApi
{
    /// <summary>Label → id: sourceA, sourceB, sourceC, hol, roj, and the figures.</summary>
    public Dictionary<string, long> Ids { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        Ids["sourceA"] = await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("title", "Syria: al-Hol camp update"),
            ("publisher", "OCHA"), ("publishedOn", "2019-03-01"), ("reliability", "A"), ("url", "https://reliefweb.int/")));
        Ids["sourceB"] = await client.CreateSourceGradedAsync("B");
        Ids["sourceC"] = await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("title", "تقرير شفق نيوز"),
            ("publisher", "Shafaq News"), ("publishedOn", null), ("reliability", "C"), ("url", null)));
        Ids["hol"] = await client.CreateCampAsync("al-Hol", "الهول");
        Ids["roj"] = await client.CreateCampAsync("Roj", "روج");

        await Figure("hol2019", ["hol"], "2019-01-01", "year", Payloads.Count(70000, "approximately"), "sourceA");
        await Figure("hol2019June", ["hol"], "2019-06-01", "day", Payloads.Count(73000), "sourceC");
        await Figure("hol2024About", ["hol"], "2024-05-01", "day", Payloads.Count(40000, "approximately"), "sourceA");
        await Figure("hol2024Exact", ["hol"], "2024-05-01", "day", Payloads.Count(40000), "sourceC");
        await Figure("hol2025", ["hol"], "2025-11-13", "day", Payloads.Count(30000, "approximately"), "sourceA", "sourceB");
        await Figure("hol2025Again", ["hol"], "2025-11-13", "day", Payloads.Count(30000, "approximately"), "sourceC");
        await Figure("holAndRoj2025", ["roj", "hol"], "2025-11-13", "day", Payloads.Count(34000, "approximately"), "sourceB");
        await Figure("rojJuly", ["roj"], "2025-07-01", "month", Payloads.Count(2500, "atLeast"), "sourceB");
        await Figure("rojJuly20", ["roj"], "2025-07-20", "day", Payloads.Count(2750, "range", 2500, 3000), "sourceC");
        await Figure("rojAugust", ["roj"], "2025-08-01", "day", Payloads.Count(2600), "sourceC");

        // Written last but dated first: the series is in asOf order, not in the order figures were written.
        await Figure("hol2018", ["hol"], "2018-12-31", "day", Payloads.Count(68000), "sourceA");

        async Task Figure(string label, string[] camps, string asOf, string precision, JsonObject count, params string[] sources) =>
            Ids[label] = await client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(Ids[sources[0]], [.. camps.Select(camp => Ids[camp])]).With(
                ("asOf", asOf), ("datePrecision", precision), ("count", count), ("notes", $"Figure {label}."),
                ("sourceIds", Payloads.Ids([.. sources.Select(source => Ids[source])]))));
    }
}
