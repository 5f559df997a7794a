using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// Operations whose start dates, counts and titles tie in places, so sorting on one field must fall back to the next
/// and then to id; and sources, forces, camps and figures to sort by their own fields.
/// </summary>
public sealed class SortData : SharedApi
{
    /// <summary>(label, startDate, count.best, title), created in this order.</summary>
    public static readonly (string Label, string StartDate, int Best, string Title)[] OperationCases =
    [
        ("o1", "2025-10-05", 10, "Bravo"),
        ("o2", "2025-10-01", 3, "Alpha"),
        ("o3", "2025-10-05", 3, "Charlie"),
        ("o4", "2025-10-01", 10, "Delta"),
        ("o5", "2025-10-05", 10, "Echo"),
        ("o6", "2025-11-01", 1, "Foxtrot"),
    ];

    /// <summary>Label → id: o1…o6 (operations), sourceA2024, sourceC2025, sourceA2025, forceZulu, forceAlpha, campRoj, campHol, figureJuly, figureMay, figureJune.</summary>
    public Dictionary<string, long> Ids { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        Task<long> Source(string reliability, string publishedOn, string title) => client.CreateIdAsync(Paths.Sources,
            Payloads.Source().With(("reliability", reliability), ("publishedOn", publishedOn), ("title", title)));

        Ids["sourceA2024"] = await Source("A", "2024-06-01", "Mike");
        Ids["sourceC2025"] = await Source("C", "2025-01-01", "Lima");
        Ids["sourceA2025"] = await Source("A", "2025-01-01", "Kilo");

        foreach (var (label, startDate, best, title) in OperationCases)
        {
            Ids[label] = await client.CreateIdAsync(Paths.Operations, Payloads.Operation(Ids["sourceA2024"]).With(
                ("startDate", startDate), ("endDate", null), ("count", Payloads.Count(best)), ("title", title)));
        }

        Ids["forceZulu"] = await client.CreateIdAsync(Paths.Forces, Payloads.Force().With(("name", "Zulu Brigade")));
        Ids["forceAlpha"] = await client.CreateIdAsync(Paths.Forces, Payloads.Force().With(("name", "Alpha Battalion")));
        Ids["campRoj"] = await client.CreateCampAsync("Roj", "روج");
        Ids["campHol"] = await client.CreateCampAsync("Hol", "الهول");

        foreach (var (label, asOf, best) in new[] { ("figureJuly", "2025-07-01", 9000), ("figureMay", "2025-05-01", 10000), ("figureJune", "2025-06-01", 8000) })
        {
            Ids[label] = await client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(Ids["sourceA2024"]).With(
                ("asOf", asOf), ("count", Payloads.Count(best))));
        }
    }
}
