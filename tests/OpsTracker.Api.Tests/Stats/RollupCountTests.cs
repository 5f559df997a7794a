using Microsoft.EntityFrameworkCore;
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

        // That row is made to say 1,002 records: only a count read from the rollups can say that.
        await using (var db = Factory.CreateDbContext())
        {
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("""UPDATE "Rollups" SET "Records" = "Records" + 1000 WHERE "Country" = 'IQ'"""));
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

        // Filters the rollups do not hold and dates inside a month count the matches; other metrics and kinds have none.
        foreach (var (path, query, expected) in new[]
        {
            (Paths.Casualties, "country=IQ&qualifier=exact", 2), (Paths.Casualties, "country=IQ&from=2025-03-02", 2),
            (Paths.Casualties, "country=IQ&updatedSince=2000-01-01T00:00:00Z", 2), (Paths.Casualties, "country=IQ&outcome=wounded", 0),
            (Paths.Operations, "country=IQ", 0), (Paths.Arrests, "country=IQ", 0),
        })
        {
            var page = await Client.GetObjectAsync($"{path}?{query}");
            Assert.True(expected == page["totalCount"]!.GetValue<int>(), $"{path}?{query}");
        }
    }
}
