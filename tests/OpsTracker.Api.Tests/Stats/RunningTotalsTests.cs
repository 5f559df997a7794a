using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// The unfiltered summary is read from running totals that database triggers keep; any filter makes the API sum
/// the records themselves. The two must agree after every kind of write, for every qualifier.
/// </summary>
public sealed class RunningTotalsTests : ApiTest
{
    private const string Summary = "/api/v1/stats/summary";

    // A filter that every record passes, so the answer is computed from the records rather than read.
    private const string ComputedSummary = Summary + "?to=9999-12-31";

    [Fact]
    public async Task The_unfiltered_summary_matches_the_records_after_creates_updates_and_deletes()
    {
        var sourceId = await Client.CreateSourceAsync();
        JsonObject[] counts =
        [
            Payloads.Count(10),
            Payloads.Count(30_000, "approximately"),
            Payloads.Count(31_000, "approximately", low: 29_000, high: 33_000),
            Payloads.Count(5, "atLeast"),
            Payloads.Count(22, "moreThan"),
            Payloads.Count(40, "atMost"),
            Payloads.Count(7, "lessThan"),
            Payloads.Count(2_750, "range", low: 2_500, high: 3_000),
        ];
        var ids = new List<(string Collection, long Id, JsonObject Payload)>();
        foreach (var count in counts)
        {
            foreach (var (collection, payload) in new[]
            {
                (Paths.Operations, Payloads.Operation(sourceId)),
                (Paths.Casualties, Payloads.Casualty(sourceId).With(("outcome", "killed"))),
                (Paths.Casualties, Payloads.Casualty(sourceId).With(("outcome", "wounded"))),
                (Paths.Arrests, Payloads.Arrest(sourceId)),
            })
            {
                var body = payload.With(("count", count.DeepClone()));
                ids.Add((collection, await Client.CreateIdAsync(collection, body), body));
            }
        }

        await AssertRunningTotalsMatchAsync(expectedKilledRecords: 8);

        // Bounded everywhere once the open-ended reports are corrected; a killed record turns out to be wounded.
        foreach (var (collection, id, payload) in ids.Where(r => r.Payload["count"]!["qualifier"]?.GetValue<string>() is "atLeast" or "moreThan"))
        {
            using var update = await Client.PutJsonAsync(Paths.Of(collection, id), payload.With(("count", Payloads.Count(25, "atMost"))));
            await update.AssertStatusAsync(HttpStatusCode.OK);
        }

        var killed = ids.First(r => r.Collection == Paths.Casualties && r.Payload["outcome"]!.GetValue<string>() == "killed");
        using (var moved = await Client.PutJsonAsync(Paths.Of(killed.Collection, killed.Id), killed.Payload.With(("outcome", "wounded"))))
        {
            await moved.AssertStatusAsync(HttpStatusCode.OK);
        }

        var summary = await AssertRunningTotalsMatchAsync(expectedKilledRecords: 7);
        Assert.NotNull(summary["operations"]!["high"]);

        foreach (var (collection, id, _) in ids.Where((_, index) => index % 3 == 0))
        {
            using var delete = await Client.DeleteAsync(Paths.Of(collection, id));
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        await AssertRunningTotalsMatchAsync(expectedKilledRecords: null);
    }

    [Fact]
    public async Task The_migration_that_adds_running_totals_fills_them_from_the_records_already_stored()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).With(("count", Payloads.Count(22, "moreThan"))));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("outcome", "killed"), ("count", Payloads.Count(2_750, "range", low: 2_500, high: 3_000))));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("outcome", "wounded"), ("count", Payloads.Count(7, "lessThan"))));
        await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("count", Payloads.Count(40, "atMost"))));

        await using (var db = Factory.CreateDbContext())
        {
            await MigrationRedo.RedoAsync(db, sqliteMigration: "RunningTotals", postgresMigration: "RunningTotalsAndLiveCounts");
        }

        var summary = await AssertRunningTotalsMatchAsync(expectedKilledRecords: 1);
        Assert.Equal("""{"best":22,"low":23,"high":null,"records":1}""", summary["operations"].Text());
    }

    [Fact]
    public async Task An_empty_database_sums_to_zero()
    {
        var summary = await Client.GetObjectAsync(Summary);

        foreach (var metric in new[] { "operations", "killed", "wounded", "arrested" })
        {
            Assert.Equal("""{"best":0,"low":0,"high":0,"records":0}""", summary[metric].Text());
        }
    }

    private async Task<JsonObject> AssertRunningTotalsMatchAsync(int? expectedKilledRecords)
    {
        var running = await Client.GetObjectAsync(Summary);
        var computed = await Client.GetObjectAsync(ComputedSummary);

        Assert.Equal(computed.Text(), running.Text());
        if (expectedKilledRecords is { } records)
        {
            Assert.Equal(records, running["killed"]!["records"]!.GetValue<int>());
        }

        return running;
    }
}
