using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// Summaries and time series that the rollups answer give exactly what summing the records gives: random records
/// (created, changed, deleted, their statuses changed by relays), then random filters, each asked of this API and of
/// a second one on the same database with the rollups switched off (<c>Stats:Rollups=false</c>). Imports are
/// compared the same way in <c>ImportRollupTests</c>.
/// </summary>
public sealed class RollupTests : ApiTest
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Rollups_answer_as_the_records_do_on_random_records_and_filters(int seed)
    {
        var random = new Random(seed);
        var statement = await Client.CreateSourceAsync();
        var report = await Client.CreateSourceAsync();
        var created = new List<(string Path, JsonObject Payload, long Id)>();
        for (var i = 0; i < 45; i++)
        {
            var (path, payload) = RollupAnswers.RandomRecord(random, statement, report);
            created.Add((path, payload, await Client.CreateIdAsync(path, payload)));
        }

        // Changes of every column the rollups are keyed by, deletes, and statuses changed by a change of relays.
        foreach (var (path, payload, id) in created.Where((_, index) => index % 4 == 0))
        {
            var changed = RollupAnswers.RandomRecord(random, statement, report, path, payload["externalId"]!.GetValue<string>()).Payload;
            using var put = await Client.PutJsonAsync(Paths.Of(path, id), changed);
            await put.AssertStatusAsync(HttpStatusCode.OK);
        }

        foreach (var (path, _, id) in created.Where((_, index) => index % 7 == 3))
        {
            using var delete = await Client.DeleteAsync(Paths.Of(path, id));
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        if (seed != 1)
        {
            using var relay = await Client.PutJsonAsync(Paths.Of(Paths.Sources, report),
                Payloads.Source().With(("relaysSourceIds", Payloads.Ids(statement))));
            await relay.AssertStatusAsync(HttpStatusCode.OK);
        }

        await RollupAnswers.AssertAnswerAsTheRecordsAsync(Factory, Client, random, requests: 40);
    }

    [Fact]
    public async Task A_record_whose_period_began_long_before_from_is_in_the_totals_from_the_rollups()
    {
        // The rollups are read from a start month no earlier than from less the longest period: a record that began
        // 14 months before from and is still going on in from's month is counted, and one that ended before is not.
        var sourceId = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId)
            .With(("country", "IQ"), ("count", new JsonObject { ["best"] = 7 }), ("startDate", "2023-11-20"), ("endDate", "2025-01-03")));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId)
            .With(("country", "IQ"), ("count", new JsonObject { ["best"] = 100 }), ("startDate", "2023-11-20"), ("endDate", "2024-12-31")));

        var summary = await Client.GetObjectAsync("/api/v1/stats/summary?country=IQ&from=2025-01-01&to=2025-12-31");
        var records = await Client.GetObjectAsync("/api/v1/stats/summary?country=IQ&from=2025-01-02&to=2025-12-31");

        Assert.Equal(7, summary["killed"]!["best"]!.GetValue<long>());
        Assert.Equal(1, summary["killed"]!["records"]!.GetValue<long>());
        Assert.Equal(summary["killed"]!.ToJsonString(), records["killed"]!.ToJsonString());
    }
}
