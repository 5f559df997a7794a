using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Features.Consistency;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// Summaries and time series that the rollups answer give exactly what summing the records gives: random records
/// (created, changed, deleted, their statuses changed by relays), then random filters, each asked of this API and of
/// a second one on the same database with the rollups switched off (<c>Stats:Rollups=false</c>).
/// </summary>
public sealed class RollupTests : ApiTest
{
    private static readonly string[] Countries = ["SY", "IQ"];
    private static readonly string?[] Regions = ["Al-Hasakah", "Nineveh", "Deir ez-Zor", null];
    private static readonly string[] Affiliations = ["isis", "civilian", "partnerForce"];

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
            var (path, payload) = RandomRecord(random, statement, report);
            created.Add((path, payload, await Client.CreateIdAsync(path, payload)));
        }

        // Changes of every column the rollups are keyed by, deletes, and statuses changed by a change of relays.
        foreach (var (path, payload, id) in created.Where((_, index) => index % 4 == 0))
        {
            var changed = RandomRecord(random, statement, report, path, payload["externalId"]!.GetValue<string>()).Payload;
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

        using var recordsOnly = new ApiFactory(Factory.Database).WithSetting("Stats:Rollups", "false");
        using var summing = recordsOnly.CreateClient();
        for (var i = 0; i < 40; i++)
        {
            var summary = WithQuery(Paths.StatsSummary, RandomFilters(random, statuses: random.Next(2) == 0));
            Assert.Equal(await summing.GetStringAsync(summary), await Client.GetStringAsync(summary));

            var (from, to) = RandomMonths(random);
            var series = WithQuery(Paths.StatsTimeSeries,
                $"metric={new[] { "operations", "killed", "wounded", "arrested" }[random.Next(4)]}&interval={(random.Next(3) == 0 ? "year" : "month")}"
                + $"&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&{RandomFilters(random, statuses: false, dates: false)}");
            Assert.Equal(await summing.GetStringAsync(series), await Client.GetStringAsync(series));
        }

        await using var db = Factory.CreateDbContext();
        var findings = await new ConsistencyCheck(db, Factory.Services.GetRequiredService<RecordKinds>()).RunAsync(CancellationToken.None);
        var rollups = Assert.Single(findings, finding => finding.What == "rollups");
        Assert.True(rollups.Agrees, rollups.Detail);
    }

    private static (string Path, JsonObject Payload) RandomRecord(Random random, long statement, long report, string? path = null, string? externalId = null)
    {
        path ??= new[] { Paths.Operations, Paths.Casualties, Paths.Arrests }[random.Next(3)];
        var payload = path == Paths.Operations ? Payloads.Operation(statement)
            : path == Paths.Casualties ? Payloads.Casualty(statement)
            : Payloads.Arrest(statement);
        var start = new DateOnly(2024, 11, 1).AddDays(random.Next(240));
        var end = random.Next(3) == 0 ? (DateOnly?)null : start.AddDays(random.Next(80));
        var count = random.Next(7) switch
        {
            0 => Payloads.Count(random.Next(1, 50), "approximately"),
            1 => Payloads.Count(random.Next(1, 50), "atLeast"),
            2 => Payloads.Count(random.Next(1, 50), "moreThan"),
            3 => Payloads.Count(random.Next(2, 50), "atMost"),
            4 => Payloads.Count(random.Next(2, 50), "lessThan"),
            5 => Payloads.Count(20, "range", low: random.Next(1, 20), high: random.Next(20, 60)),
            _ => Payloads.Count(random.Next(1, 50)),
        };
        var sources = random.Next(3) == 0 ? Payloads.Ids(statement, report) : Payloads.Ids(random.Next(2) == 0 ? statement : report);
        payload = payload.With(
            ("count", count),
            ("sourceIds", sources),
            ("startDate", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("endDate", end?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("country", Countries[random.Next(Countries.Length)]),
            ("region", Regions[random.Next(Regions.Length)]));
        if (externalId is not null)
        {
            payload = payload.With(("externalId", externalId));
        }

        return path == Paths.Casualties
            ? (path, payload.With(("affiliation", Affiliations[random.Next(Affiliations.Length)]), ("outcome", random.Next(2) == 0 ? "killed" : "wounded")))
            : (path, payload);
    }

    private static string RandomFilters(Random random, bool statuses, bool dates = true)
    {
        var filters = new List<string>();
        if (random.Next(2) == 0)
        {
            filters.Add("country=" + string.Join(',', Countries.Take(random.Next(1, Countries.Length + 1))));
        }

        if (random.Next(3) == 0)
        {
            filters.Add("region=" + Uri.EscapeDataString(string.Join(',', Regions.OfType<string>().Where(_ => random.Next(2) == 0).DefaultIfEmpty("Nineveh"))));
        }

        if (random.Next(3) == 0)
        {
            filters.Add("affiliation=" + string.Join(',', Affiliations.Where(_ => random.Next(2) == 0).DefaultIfEmpty("isis")));
        }

        if (dates && random.Next(4) != 0)
        {
            var (from, to) = RandomMonths(random);
            if (random.Next(3) != 0)
            {
                filters.Add($"from={from:yyyy-MM-dd}");
            }

            if (random.Next(3) != 0)
            {
                filters.Add($"to={to:yyyy-MM-dd}");
            }
        }

        if (statuses)
        {
            filters.Add("statuses=true");
        }

        return string.Join('&', filters);
    }

    /// <summary>The first day of a month and the last day of the same or a later one, around the records' periods.</summary>
    private static (DateOnly From, DateOnly To) RandomMonths(Random random)
    {
        var from = new DateOnly(2024, 9, 1).AddMonths(random.Next(12));
        return (from, from.AddMonths(random.Next(1, 6)).AddDays(-1));
    }

    private static string WithQuery(string path, string query) => query.Length == 0 ? path : $"{path}?{query}";
}
