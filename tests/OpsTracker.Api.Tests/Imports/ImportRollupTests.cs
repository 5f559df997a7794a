using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Stats;

namespace OpsTracker.Api.Tests.Imports;

/// <summary>
/// Imports keep the rollups and the running totals as single writes do. On SQLite an import drops their insert
/// triggers and adds its rows' sums in one statement per table before its commit (<c>ImportBulkMode</c>); the bulk
/// threshold is set low here so the indexes are dropped and rebuilt too. Whatever the import (records created, an
/// upsert that replaces records and adds others, one that fails half-way), the summaries and time series the rollups
/// answer are those of the records, and the consistency check agrees.
/// </summary>
public sealed class ImportRollupTests() : ApiTest(ReusedApis.Rent(("Imports:BulkThreshold", "100")))
{
    private const int PerKind = 150;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Records_an_import_creates_are_summed_as_the_records_are(int seed)
    {
        var random = new Random(seed);
        var (statement, report) = await SourcesAsync();

        // Records written one at a time before the import: its sums add to rollup rows that already hold some.
        for (var i = 0; i < 12; i++)
        {
            var (path, payload) = RollupAnswers.RandomRecord(random, statement.Id, report.Id);
            await Client.CreateIdAsync(path, payload);
        }

        foreach (var kind in RollupAnswers.Kinds)
        {
            ImportHttp.AssertReport(await ImportAsync(kind, RandomRecords(random, kind, statement.Id, report.Id, PerKind)), inserted: PerKind);
        }

        await RollupAnswers.AssertAnswerAsTheRecordsAsync(Factory, Client, random, requests: 30);
    }

    [Fact]
    public async Task An_upsert_moves_the_sums_of_the_records_it_replaces_and_adds_those_it_creates()
    {
        var random = new Random(4);
        var (statement, report) = await SourcesAsync();
        var stored = new Dictionary<string, List<JsonObject>>();
        foreach (var kind in RollupAnswers.Kinds)
        {
            stored[kind] = RandomRecords(random, kind, statement.Id, report.Id, PerKind);
            await ImportAsync(kind, stored[kind]);
        }

        foreach (var kind in RollupAnswers.Kinds)
        {
            // Every column the rollups are keyed by changes in the first 60, the next 40 are sent as stored, and 120
            // records are new: past the bulk threshold, so SQLite drops the indexes while the file still updates.
            List<JsonObject> file =
            [
                .. stored[kind].Take(60).Select(payload =>
                    RollupAnswers.RandomRecord(random, statement.Id, report.Id, kind, payload["externalId"]!.GetValue<string>()).Payload),
                .. stored[kind].Skip(60).Take(40),
                .. RandomRecords(random, kind, statement.Id, report.Id, 120),
            ];
            var result = await ImportAsync(kind, file, "mode=upsert");
            Assert.Equal(120, result["inserted"]!.GetValue<long>());
            Assert.Equal(100, result["updated"]!.GetValue<long>() + result["unchanged"]!.GetValue<long>());
            Assert.True(result["updated"]!.GetValue<long>() >= 55, result.ToJsonString());
        }

        // A source upserted to relay another changes the status of the records citing it (a key of the rollups).
        ImportHttp.AssertReport(await ImportAsync(Paths.Sources, [report.Payload.With(("relaysSourceIds", Payloads.Ids(statement.Id)))], "mode=upsert"),
            inserted: 0, updated: 1);

        await RollupAnswers.AssertAnswerAsTheRecordsAsync(Factory, Client, random, requests: 30);
    }

    [Fact]
    public async Task An_import_that_fails_half_way_leaves_the_rollups_and_totals_as_they_were()
    {
        var random = new Random(5);
        var (statement, report) = await SourcesAsync();
        var stored = RandomRecords(random, Paths.Casualties, statement.Id, report.Id, PerKind);
        await ImportAsync(Paths.Casualties, stored);
        var before = await KeptSumsAsync();
        var summaryBefore = await Client.GetStringAsync($"{Paths.StatsSummary}?country=SY&from=2024-12-01&to=2025-03-31");

        // Past the bulk threshold, then a record citing a source that does not exist: nothing is written.
        var inserting = RandomRecords(random, Paths.Casualties, statement.Id, report.Id, 300);
        inserting[250] = inserting[250].With(("sourceIds", Payloads.Ids(999_999)));
        using (var failed = await Client.ImportAsync(Resource(Paths.Casualties), new JsonArray([.. inserting]).ToJsonString(), ImportHttp.Json))
        {
            await ProblemAssert.IsValidationProblemAsync(failed, "item 251: sourceIds[0]");
        }

        // An upsert that replaces stored records and creates others before its failing record.
        List<JsonObject> upserting =
        [
            .. stored.Select(payload => RollupAnswers.RandomRecord(random, statement.Id, report.Id, Paths.Casualties,
                payload["externalId"]!.GetValue<string>()).Payload),
            .. RandomRecords(random, Paths.Casualties, statement.Id, report.Id, 150),
        ];
        upserting[^1] = upserting[^1].With(("count", Payloads.Count(-1)));
        using (var failed = await Client.ImportAsync(Resource(Paths.Casualties), new JsonArray([.. upserting]).ToJsonString(), ImportHttp.Json, "mode=upsert"))
        {
            await ProblemAssert.IsValidationProblemAsync(failed, $"item {upserting.Count}: count.best");
        }

        Assert.Equal(before, await KeptSumsAsync());
        Assert.Equal(summaryBefore, await Client.GetStringAsync($"{Paths.StatsSummary}?country=SY&from=2024-12-01&to=2025-03-31"));
        await RollupAnswers.AssertAnswerAsTheRecordsAsync(Factory, Client, random, requests: 20);
    }

    private async Task<((long Id, JsonObject Payload) Statement, (long Id, JsonObject Payload) Report)> SourcesAsync()
    {
        var statement = Payloads.Source();
        var report = Payloads.Source();
        return ((await Client.CreateIdAsync(Paths.Sources, statement), statement), (await Client.CreateIdAsync(Paths.Sources, report), report));
    }

    private static List<JsonObject> RandomRecords(Random random, string kind, long statement, long report, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => RollupAnswers.RandomRecord(random, statement, report, kind).Payload)];

    private async Task<JsonObject> ImportAsync(string kind, List<JsonObject> records, string query = "")
    {
        using var response = await Client.ImportAsync(Resource(kind), new JsonArray([.. records.Select(record => record.DeepClone())]).ToJsonString(), ImportHttp.Json, query);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadObjectAsync();
    }

    /// <summary>The import resource of a collection path: /api/v1/casualties is imported at /api/v1/imports/casualties.</summary>
    private static string Resource(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>Every rollup row and running total as stored, in key order.</summary>
    private async Task<List<string>> KeptSumsAsync()
    {
        await using var db = Factory.CreateDbContext();
        var rollups = await db.Set<Rollup>().AsNoTracking().ToListAsync();
        var totals = await db.Set<RunningTotal>().AsNoTracking().ToListAsync();
        return
        [
            .. rollups.Select(r => $"{r.Metric}|{r.Country}|{r.Region}|{r.Affiliation}|{r.StartMonth}|{r.EndMonth}|{r.Status}|{r.Best}|{r.Low}|{r.High}|{r.Unbounded}|{r.Records}")
                .Order(StringComparer.Ordinal),
            .. totals.Select(t => $"{t.Metric}|{t.Best}|{t.Low}|{t.High}|{t.Unbounded}|{t.Records}").Order(StringComparer.Ordinal),
        ];
    }
}
