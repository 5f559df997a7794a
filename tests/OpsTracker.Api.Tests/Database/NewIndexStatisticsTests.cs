using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// A migration that adds an index to a file SQLite has statistics for leaves the index without any until something
/// analyses it, and one that rebuilds a table leaves none for the table; the API's start-up analyses those indexes
/// alone (of tables that hold records), and leaves a file never analysed as it is.
/// </summary>
[SqliteOnly("SQLite's planner keeps statistics only from ANALYZE; PostgreSQL's autovacuum keeps its columns' statistics.")]
public sealed class NewIndexStatisticsTests
{
    private const string NewIndex = "IX_Casualties_Country_Affiliation";

    [Fact]
    public async Task An_index_without_statistics_in_an_analysed_file_is_analysed_at_start_up_and_the_others_are_kept()
    {
        using var database = TestDatabase.Create();
        string keptRow;
        using (var first = new ApiFactory(database))
        {
            using var client = first.CreateClient();
            var sourceId = await client.CreateSourceAsync();
            for (var i = 0; i < 3; i++)
            {
                await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId));
            }

            await using var db = first.CreateDbContext();
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            // As a migration that adds the index leaves it: its table analysed, the index not.
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM sqlite_stat1 WHERE idx = '{NewIndex}';");
            // A row nothing else writes: the start-up must not analyse the table again.
            await db.Database.ExecuteSqlRawAsync("UPDATE sqlite_stat1 SET stat = '1000 7' WHERE idx = 'IX_Casualties_OperationId';");
            keptRow = await StatAsync(db, "IX_Casualties_OperationId") ?? "missing";
            Assert.Null(await StatAsync(db, NewIndex));
        }

        using (var second = new ApiFactory(database))
        {
            using var client = second.CreateClient();
            (await client.GetAsync(Paths.Casualties)).Dispose();
            await using var db = second.CreateDbContext();
            Assert.StartsWith("3 ", await StatAsync(db, NewIndex), StringComparison.Ordinal);
            Assert.Equal("1000 7", keptRow);
            Assert.Equal(keptRow, await StatAsync(db, "IX_Casualties_OperationId"));
        }
    }

    [Fact]
    public async Task A_table_that_lost_its_statistics_is_analysed_again_where_it_holds_records()
    {
        using var database = TestDatabase.Create();
        using (var first = new ApiFactory(database))
        {
            using var client = first.CreateClient();
            var sourceId = await client.CreateSourceAsync();
            for (var i = 0; i < 3; i++)
            {
                await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId));
            }

            await using var db = first.CreateDbContext();
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            Assert.NotNull(await StatAsync(db, "IX_Casualties_OperationId"));

            // As a migration that rebuilds Casualties leaves it: none of its statistics; and Arrests as a migration
            // after the ANALYZE would have created it: empty, without statistics.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE tbl IN ('Casualties', 'Arrests');");
        }

        using var second = new ApiFactory(database);
        using var secondClient = second.CreateClient();
        (await secondClient.GetAsync(Paths.Casualties)).Dispose();
        await using var analysed = second.CreateDbContext();
        Assert.StartsWith("3 ", await StatAsync(analysed, "IX_Casualties_OperationId"), StringComparison.Ordinal);
        Assert.StartsWith("3 ", await StatAsync(analysed, NewIndex), StringComparison.Ordinal);

        // An empty table is left as a new one is: statistics of no rows would keep the planner thinking it small.
        Assert.Equal(0, await StatCountAsync(analysed, "Arrests"));
    }

    [Fact]
    public async Task A_file_never_analysed_is_left_without_statistics()
    {
        using var database = TestDatabase.Create();
        using (var first = new ApiFactory(database))
        {
            using var client = first.CreateClient();
            await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(await client.CreateSourceAsync()));
        }

        using var second = new ApiFactory(database);
        using var secondClient = second.CreateClient();
        (await secondClient.GetAsync(Paths.Casualties)).Dispose();
        await using var db = second.CreateDbContext();
        var statTables = await db.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_schema WHERE name = 'sqlite_stat1'")
            .SingleAsync();
        Assert.Equal(0, statTables);
    }

    private static Task<long> StatCountAsync(DbContext db, string table) =>
        db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = {0}", table).SingleAsync();

    private static Task<string?> StatAsync(DbContext db, string index) =>
        db.Database.SqlQueryRaw<string>("SELECT stat AS \"Value\" FROM sqlite_stat1 WHERE idx = {0}", index)
            .SingleOrDefaultAsync();
}
