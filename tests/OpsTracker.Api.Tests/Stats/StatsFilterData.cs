using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// A small month of reports to total: two operations (Syria in October by force 1, Iraq in November by force 2), the
/// casualties and arrests tied to them or not, citing a source graded B or one graded E. Each count is exact and
/// distinct, so a total says which records it summed.
/// </summary>
public sealed class StatsFilterData : SharedApi
{
    /// <summary>Label → id: sourceB, sourceE, force1, force2, holCamp and the records.</summary>
    public Dictionary<string, long> Ids { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        var sourceB = Ids["sourceB"] = await client.CreateSourceGradedAsync("B");
        var sourceE = Ids["sourceE"] = await client.CreateSourceGradedAsync("E");
        var force1 = Ids["force1"] = await client.CreateForceAsync();
        var force2 = Ids["force2"] = await client.CreateForceAsync();
        var hol = Ids["holCamp"] = await client.CreateCampAsync();

        // operations: 10 in Syria (Oct, force 1, B) and 4 in Iraq (5 Nov, force 2, E)
        var operationSyria = Ids["operationSyria"] = await client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceB, force1).With(
            ("count", Payloads.Count(10)), ("country", "SY"), ("region", "Al-Hasakah"), ("startDate", "2025-10-01"), ("endDate", "2025-10-31")));
        var operationIraq = Ids["operationIraq"] = await client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceE, force2).With(
            ("count", Payloads.Count(4)), ("country", "IQ"), ("region", "Nineveh"), ("startDate", "2025-11-05"), ("endDate", null)));

        // killed: 5 ISIS in Syria (10 Oct, in the Syria operation, E), 2 civilians in al-Hol (20 Oct, B); wounded: 3 ISIS in Iraq (6 Nov, in the Iraq operation, B)
        Ids["killedIsis"] = await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceE, operationSyria).With(
            ("count", Payloads.Count(5)), ("region", "Al-Hasakah"), ("startDate", "2025-10-10"), ("endDate", null)));
        Ids["killedCivilians"] = await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceB).With(
            ("affiliation", "civilian"), ("count", Payloads.Count(2)), ("region", "Al-Hasakah"), ("campId", hol), ("startDate", "2025-10-20"), ("endDate", null)));
        Ids["woundedIsis"] = await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceB, operationIraq).With(
            ("outcome", "wounded"), ("count", Payloads.Count(3)), ("country", "IQ"), ("region", "Nineveh"), ("startDate", "2025-11-06"), ("endDate", null)));

        // arrested: 7 in Syria by force 2 (25 Sep to 2 Oct, B), 1 in Iraq in the Syria operation (10 Nov, E)
        Ids["arrestedSyria"] = await client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceB, force2).With(
            ("count", Payloads.Count(7)), ("region", "Al-Hasakah"), ("startDate", "2025-09-25"), ("endDate", "2025-10-02")));
        Ids["arrestedIraq"] = await client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceE, null, operationSyria).With(
            ("count", Payloads.Count(1)), ("country", "IQ"), ("startDate", "2025-11-10"), ("endDate", null)));
    }
}
