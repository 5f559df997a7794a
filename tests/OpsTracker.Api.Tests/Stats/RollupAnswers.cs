using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Features.Consistency;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// Random operations, casualties and arrests spread over the rollups' keys, and the comparison of what the rollups
/// answer with what summing the records answers: random summaries, time series and list pages (whose counts the
/// rollups give) asked of the API and of a second one on the same database with the rollups switched off
/// (<c>Stats:Rollups=false</c>), then the consistency check.
/// </summary>
public static class RollupAnswers
{
    public static readonly string[] Kinds = [Paths.Operations, Paths.Casualties, Paths.Arrests];

    private static readonly string[] Countries = ["SY", "IQ"];
    private static readonly string?[] Regions = ["Al-Hasakah", "Nineveh", "Deir ez-Zor", null];
    private static readonly string[] Affiliations = ["isis", "civilian", "partnerForce"];
    private static readonly string[] Statuses = ["singleSource", "corroborated", "contested"];

    /// <summary>A record of <paramref name="path"/> (a random kind when null), with every column the rollups are keyed by drawn at random.</summary>
    public static (string Path, JsonObject Payload) RandomRecord(Random random, long statement, long report, string? path = null, string? externalId = null)
    {
        path ??= Kinds[random.Next(Kinds.Length)];
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

    /// <summary>
    /// <paramref name="requests"/> random summaries and as many time series and list pages answer the same from the
    /// rollups as from the records, and the consistency check finds the rollups and the running totals agreeing with the records.
    /// </summary>
    public static async Task AssertAnswerAsTheRecordsAsync(ApiFactory factory, HttpClient client, Random random, int requests)
    {
        using var recordsOnly = new ApiFactory(factory.Database).WithSetting("Stats:Rollups", "false");
        using var summing = recordsOnly.CreateClient();
        for (var i = 0; i < requests; i++)
        {
            var summary = WithQuery(Paths.StatsSummary, RandomFilters(random, statuses: random.Next(2) == 0));
            Assert.Equal(await summing.GetStringAsync(summary), await client.GetStringAsync(summary));

            var (from, to) = RandomMonths(random);
            var series = WithQuery(Paths.StatsTimeSeries,
                $"metric={new[] { "operations", "killed", "wounded", "arrested" }[random.Next(4)]}&interval={(random.Next(3) == 0 ? "year" : "month")}"
                + $"&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&{RandomFilters(random, statuses: false, dates: false)}");
            Assert.Equal(await summing.GetStringAsync(series), await client.GetStringAsync(series));

            // A page of a rolled-up kind, whose count the rollups give when they hold its filters.
            var kind = Kinds[random.Next(Kinds.Length)];
            var list = WithQuery(kind, RandomListFilters(random, kind));
            Assert.Equal(await summing.GetStringAsync(list), await client.GetStringAsync(list));
        }

        await using var db = factory.CreateDbContext();
        var findings = await new ConsistencyCheck(db, factory.Services.GetRequiredService<RecordKinds>()).RunAsync(CancellationToken.None);
        var kept = findings.Where(finding => finding.What == "rollups" || finding.What.StartsWith("running total of ", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, kept.Count);
        Assert.All(kept, finding => Assert.True(finding.Agrees, finding.ToString()));
    }

    /// <summary>The filters of a list of <paramref name="kind"/>: those the summary takes, and status, outcome and how to count.</summary>
    private static string RandomListFilters(Random random, string kind)
    {
        var casualties = kind == Paths.Casualties;
        var filters = new List<string> { RandomFilters(random, statuses: false, affiliations: casualties), "pageSize=3" };
        if (random.Next(3) == 0)
        {
            filters.Add("status=" + string.Join(',', Statuses.Where(_ => random.Next(2) == 0).DefaultIfEmpty("corroborated")));
        }

        if (casualties && random.Next(3) == 0)
        {
            filters.Add("outcome=" + (random.Next(2) == 0 ? "wounded" : "killed,wounded"));
        }

        if (random.Next(4) == 0)
        {
            filters.Add("count=estimated");
        }

        if (random.Next(6) == 0)
        {
            // A filter the rollups do not hold: the matches are counted.
            filters.Add("qualifier=exact,atLeast");
        }

        return string.Join('&', filters.Where(filter => filter.Length > 0));
    }

    private static string RandomFilters(Random random, bool statuses, bool dates = true, bool affiliations = true)
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

        if (affiliations && random.Next(3) == 0)
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
