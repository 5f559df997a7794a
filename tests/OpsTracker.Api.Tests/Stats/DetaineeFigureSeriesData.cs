using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// Detainee figures for three facilities in Syria and Iraq, one held by the SDF, including a facility reported under
/// two spellings and reports that agree or disagree within a precision window.
/// </summary>
public sealed class DetaineeFigureSeriesData : SharedApi
{
    public const string Ghuwayran = "Ghuwayran prison";
    public const string NorthEastSyria = "prisons and camps in north-east Syria";
    public const string NorthEastSyriaCapitalized = "Prisons and camps in north-east Syria";
    public const string Baghdad = "Baghdad Central Prison";

    /// <summary>Label → id: sourceA, sourceB, sourceC, sdf, and the figures.</summary>
    public Dictionary<string, long> Ids { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        Ids["sourceA"] = await client.CreateSourceGradedAsync("A");
        Ids["sourceB"] = await client.CreateSourceGradedAsync("B");
        Ids["sourceC"] = await client.CreateSourceGradedAsync("C");
        Ids["sdf"] = await client.CreateForceAsync();

        await Figure("ghuwayran2022", Ghuwayran, "2022-01-01", "year", Payloads.Count(5000, "approximately"), "sourceA", held: true);
        await Figure("ghuwayranJanuary", Ghuwayran, "2022-01-20", "day", Payloads.Count(3500), "sourceC", held: true);
        await Figure("ghuwayranMarch2023", Ghuwayran, "2023-03-01", "month", Payloads.Count(4000), "sourceB", held: true);
        await Figure("northEastSyria", NorthEastSyria, "2025-07-01", "month", Payloads.Count(9000, "approximately"), "sourceC");
        await Figure("northEastSyriaAgain", NorthEastSyria, "2025-07-01", "month", Payloads.Count(9000, "approximately"), "sourceB");
        await Figure("northEastSyriaCapitalized", NorthEastSyriaCapitalized, "2025-07-15", "day", Payloads.Count(10000, "moreThan"), "sourceA");
        await Figure("baghdad", Baghdad, "2024-06-01", "day", Payloads.Count(12000), "sourceA", country: "IQ", region: "Baghdad");

        async Task Figure(string label, string facility, string asOf, string precision, JsonObject count, string source,
            bool held = false, string country = "SY", string region = "Al-Hasakah") =>
            Ids[label] = await client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(Ids[source], held ? Ids["sdf"] : null).With(
                ("facility", facility), ("asOf", asOf), ("datePrecision", precision), ("count", count), ("country", country), ("region", region)));
    }
}
