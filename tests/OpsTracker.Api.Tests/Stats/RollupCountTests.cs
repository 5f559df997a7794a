using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Infrastructure.Database.Schema;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// Lists of operations, casualties and arrests filtered only by what the rollups hold are counted from them. That the
/// counts agree with the records' is compared on random records and filters in <see cref="RollupTests"/> and
/// <c>ImportRollupTests</c> (<see cref="RollupAnswers"/>); these show which path counted.
/// </summary>
public sealed class RollupCountTests : ApiTest
{
    [Fact]
    public void Every_rolled_up_table_has_the_metrics_its_list_counts_read()
    {
        Assert.Equal(RollupSql.Tables.Select(table => table.Table).Order(), RollupCounts.MetricsOf.Keys.Order());
        Assert.All(Enum.GetValues<CasualtyOutcome>(), outcome => Assert.NotNull(RollupCounts.Metric(outcome)));
    }

    [Fact]
    public async Task A_list_filtered_by_what_the_rollups_hold_is_counted_from_them_and_another_counts_its_matches()
    {
        // Two casualties with the same rollup keys: one rollup row of Iraq, holding 2 records.
        var sourceId = await Client.CreateSourceAsync();
        for (var i = 0; i < 2; i++)
        {
            await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId)
                .With(("country", "IQ"), ("affiliation", "isis"), ("outcome", "killed"), ("startDate", "2025-03-02"), ("endDate", null)));
        }

        // And an operation carried out: one more rollup row of Iraq, holding it.
        await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId)
            .With(("country", "IQ"), ("type", "attack"), ("outcome", "carriedOut"), ("startDate", "2025-03-02"), ("endDate", null)));

        // Both rows are made to say 1,000 records more: only a count read from the rollups can say that.
        await using (var db = Factory.CreateDbContext())
        {
            Assert.Equal(2, await db.Database.ExecuteSqlRawAsync("""UPDATE "Rollups" SET "Records" = "Records" + 1000 WHERE "Country" = 'IQ'"""));
        }

        var first = await Client.GetObjectAsync($"{Paths.Casualties}?country=IQ&pageSize=1&count=none");
        var cursor = Uri.EscapeDataString(first["nextCursor"]!.GetValue<string>());
        foreach (var query in new[]
        {
            "country=IQ", "country=IQ&affiliation=isis", "country=IQ&outcome=killed", "country=IQ&status=singleSource",
            "country=IQ&from=2025-03-01&to=2025-03-31", "country=IQ&count=estimated", $"country=IQ&pageSize=1&after={cursor}",
        })
        {
            var page = await Client.GetObjectAsync($"{Paths.Casualties}?{query}");
            Assert.True(1002 == page["totalCount"]!.GetValue<int>(), query);
            Assert.Equal("exact", page["count"]!.GetValue<string>());
        }

        using (var preferred = new HttpRequestMessage(HttpMethod.Get, $"{Paths.Casualties}?country=IQ"))
        {
            preferred.Headers.TryAddWithoutValidation("Prefer", "count=estimated");
            using var response = await Client.SendAsync(preferred);
            Assert.Equal(1002, (await response.ReadObjectAsync())["totalCount"]!.GetValue<int>());
        }

        // Filters the rollups do not hold (an operation's outcome among them: not a metric) and dates inside a month
        // count the matches; the other metric and kind have none.
        foreach (var (path, query, expected) in new[]
        {
            (Paths.Casualties, "country=IQ&qualifier=exact", 2), (Paths.Casualties, "country=IQ&from=2025-03-02", 2),
            (Paths.Casualties, "country=IQ&updatedSince=2000-01-01T00:00:00Z", 2), (Paths.Casualties, "country=IQ&outcome=wounded", 0),
            (Paths.Operations, "country=IQ", 1001), (Paths.Operations, "country=IQ&outcome=carriedOut", 1),
            (Paths.Operations, "country=IQ&outcome=foiled", 0), (Paths.Arrests, "country=IQ", 0),
        })
        {
            var page = await Client.GetObjectAsync($"{path}?{query}");
            Assert.True(expected == page["totalCount"]!.GetValue<int>(), $"{path}?{query}");
        }

        // With the rollups switched off, every list counts its matches.
        using var recordsOnly = new ApiFactory(Factory.Database).WithSetting("Stats:Rollups", "false");
        using var counting = recordsOnly.CreateClient();
        Assert.Equal(2, (await counting.GetObjectAsync($"{Paths.Casualties}?country=IQ"))["totalCount"]!.GetValue<int>());
    }
}
