using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// A migration that adds an index to a file SQLite has statistics for leaves the index without any until something
/// analyses it, and one that rebuilds a table leaves none for the table; the API's start-up analyses those indexes
/// alone, and leaves a table or a file never analysed as it is.
/// </summary>
[SqliteOnly("SQLite's planner keeps statistics only from ANALYZE; PostgreSQL's autovacuum keeps its columns' statistics.")]
public sealed class MigrationStatisticsTests
{
    private const string NewIndex = "IX_Casualties_Country_Affiliation";

    // What a migration that rebuilds the casualties' table does to their statistics.
    private const string RebuildOfCasualties = "DELETE FROM sqlite_stat1 WHERE tbl = 'Casualties';";

    [Fact]
    public async Task An_index_without_statistics_in_an_analysed_file_is_analysed_at_start_up_and_the_others_are_kept()
    {
        using var database = TestDatabase.Create();
        string keptRow;
        using (var first = new ApiFactory(database))
        {
            using var client = first.CreateClient();
            await AnalysedWithCasualtiesAsync(first, client, 3);
            await using var db = first.CreateDbContext();

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
    public async Task A_table_a_migration_rebuilt_is_analysed_again_and_one_never_analysed_is_left_so()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var sourceId = await AnalysedWithCasualtiesAsync(factory, client, 3);
        await using var db = factory.CreateDbContext();

        // Arrests as a table filled since the last ANALYZE: records, no statistics.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE tbl = 'Arrests';");
        await client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId));

        // The migrations as one that rebuilds Casualties: SQLite drops the table's statistics with it.
        await db.Dialect.MigrateAsync(db, token => db.Database.ExecuteSqlRawAsync(RebuildOfCasualties, token), CancellationToken.None);

        Assert.StartsWith("3 ", await StatAsync(db, "IX_Casualties_OperationId"), StringComparison.Ordinal);
        Assert.StartsWith("3 ", await StatAsync(db, NewIndex), StringComparison.Ordinal);

        // Analysed now, its one record would stay its statistics however many it came to hold.
        Assert.Equal(0, await StatCountAsync(db, "Arrests"));
        Assert.Equal(0, await TablesNamedAsync(db, SqliteMigrationStatistics.NotedTables));
    }

    [Fact]
    public async Task A_table_rebuilt_by_migrations_that_then_failed_is_analysed_at_the_next_start()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        await AnalysedWithCasualtiesAsync(factory, client, 1);
        await using var db = factory.CreateDbContext();

        // A rebuild of Casualties, then a later migration that fails: the start-up stops before its analysis.
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Dialect.MigrateAsync(db, async token =>
        {
            await db.Database.ExecuteSqlRawAsync(RebuildOfCasualties, token);
            throw new InvalidOperationException("A later migration failed.");
        }, CancellationToken.None));
        Assert.Null(await StatAsync(db, "IX_Casualties_OperationId"));

        // The next start, with nothing left to migrate, still knows the table had statistics.
        await db.Dialect.MigrateAsync(db, _ => Task.CompletedTask, CancellationToken.None);

        Assert.StartsWith("1 ", await StatAsync(db, "IX_Casualties_OperationId"), StringComparison.Ordinal);
        Assert.Equal(0, await TablesNamedAsync(db, SqliteMigrationStatistics.NotedTables));
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

    /// <summary>A source and <paramref name="count"/> casualties, then ANALYZE of the whole file; returns the source's id.</summary>
    private static async Task<long> AnalysedWithCasualtiesAsync(ApiFactory factory, HttpClient client, int count)
    {
        var sourceId = await client.CreateSourceAsync();
        for (var i = 0; i < count; i++)
        {
            await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId));
        }

        await using var db = factory.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        return sourceId;
    }

    private static Task<long> TablesNamedAsync(DbContext db, string name) =>
        db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_schema WHERE type = 'table' AND name = {0}", name).SingleAsync();

    private static Task<long> StatCountAsync(DbContext db, string table) =>
        db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = {0}", table).SingleAsync();

    private static Task<string?> StatAsync(DbContext db, string index) =>
        db.Database.SqlQueryRaw<string>("SELECT stat AS \"Value\" FROM sqlite_stat1 WHERE idx = {0}", index)
            .SingleOrDefaultAsync();
}
