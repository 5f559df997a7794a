using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpsTracker.Api.Infrastructure.Database;
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

    // A migration that rebuilds the citations' tables (SQLite's way of adding their foreign keys), and an index of one.
    private const string RebuildingMigration = "ClaimsAndProvenance";
    private const string CitationIndex = "IX_CasualtySources_SourceId";

    [Fact]
    public async Task An_index_without_statistics_in_an_analysed_file_is_analysed_at_start_up_and_the_others_are_kept()
    {
        using var database = TestDatabase.Create();
        var keptRow = await OnAnalysedFileAsync(database, 3, async db =>
        {
            // As a migration that adds the index leaves it: its table analysed, the index not.
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM sqlite_stat1 WHERE idx = '{NewIndex}';");
            // A row nothing else writes: the start-up must not analyse the table again.
            await db.Database.ExecuteSqlRawAsync("UPDATE sqlite_stat1 SET stat = '1000 7' WHERE idx = 'IX_Casualties_OperationId';");
            Assert.Null(await StatAsync(db, NewIndex));
            return await StatAsync(db, "IX_Casualties_OperationId") ?? "missing";
        });

        using (var second = await StartedAgainAsync(database))
        {
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
        await client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId));
        await using var db = factory.CreateDbContext();

        // A file analysed at the schema before the migration that rebuilds the citations' tables.
        await db.GetService<IMigrator>().MigrateAsync(MigrationRedo.IdBefore(db, RebuildingMigration));
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        Assert.StartsWith("3 ", await StatAsync(db, CitationIndex), StringComparison.Ordinal);
        // A row ANALYZE would not write: only the rebuild's dropping it and the start-up's analysis can replace it.
        await db.Database.ExecuteSqlRawAsync($"UPDATE sqlite_stat1 SET stat = '1000 7' WHERE idx = '{CitationIndex}';");
        // Arrests as a table filled since the last ANALYZE: records, no statistics.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE tbl = 'Arrests';");

        await DatabaseSetup.MigrateAsync(db);

        Assert.StartsWith("3 ", await StatAsync(db, CitationIndex), StringComparison.Ordinal);
        Assert.Empty(await IndexesWithoutStatisticsAsync(db, "CasualtySources"));
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
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(MigrationRedo.IdBefore(db, RebuildingMigration));
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");

        // The rebuilding migration, then a later one that fails: the start-up stops before its analysis.
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Dialect.MigrateAsync(db, async token =>
        {
            await migrator.MigrateAsync(MigrationRedo.IdOf(db, RebuildingMigration), token);
            throw new InvalidOperationException("A later migration failed.");
        }, CancellationToken.None));
        Assert.Null(await StatAsync(db, CitationIndex));

        // The rest applied by a start stopped before its analysis too: the next start has nothing left to migrate
        // (so it notes nothing), and still knows the table had statistics.
        await migrator.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        await DatabaseSetup.MigrateAsync(db);

        Assert.StartsWith("1 ", await StatAsync(db, CitationIndex), StringComparison.Ordinal);
        Assert.Equal(0, await TablesNamedAsync(db, SqliteMigrationStatistics.NotedTables));
    }

    [Fact]
    public async Task A_start_with_nothing_to_migrate_leaves_the_schema_of_an_analysed_file_as_it_was()
    {
        using var database = TestDatabase.Create();
        var before = await OnAnalysedFileAsync(database, 2, SchemaVersionAsync);

        using var second = await StartedAgainAsync(database);
        await using var reopened = second.CreateDbContext();
        Assert.Equal(before, await SchemaVersionAsync(reopened));
        Assert.StartsWith("2 ", await StatAsync(reopened, NewIndex), StringComparison.Ordinal);
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

        using var second = await StartedAgainAsync(database);
        await using var db = second.CreateDbContext();
        Assert.Equal(0, await TablesNamedAsync(db, "sqlite_stat1"));
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

    /// <summary>
    /// An API on the file writes <paramref name="count"/> casualties and analyses the file; <paramref name="then"/>
    /// runs on a context of it before it stops.
    /// </summary>
    private static async Task<T> OnAnalysedFileAsync<T>(TestDatabase database, int count, Func<OpsTrackerDbContext, Task<T>> then)
    {
        using var first = new ApiFactory(database);
        using var client = first.CreateClient();
        await AnalysedWithCasualtiesAsync(first, client, count);
        await using var db = first.CreateDbContext();
        return await then(db);
    }

    /// <summary>An API started again on the file, once it has answered a request (its start-up done).</summary>
    private static async Task<ApiFactory> StartedAgainAsync(TestDatabase database)
    {
        var factory = new ApiFactory(database);
        using var client = factory.CreateClient();
        (await client.GetAsync(Paths.Casualties)).Dispose();
        return factory;
    }

    private static Task<long> SchemaVersionAsync(DbContext db) =>
        db.Database.SqlQueryRaw<long>("SELECT schema_version AS \"Value\" FROM pragma_schema_version").SingleAsync();

    private static Task<List<string>> IndexesWithoutStatisticsAsync(DbContext db, string table) =>
        db.Database.SqlQueryRaw<string>(
            "SELECT name AS \"Value\" FROM sqlite_schema m WHERE type = 'index' AND tbl_name = {0} AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.idx = m.name)",
            table).ToListAsync();

    private static Task<long> TablesNamedAsync(DbContext db, string name) =>
        db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_schema WHERE type = 'table' AND name = {0}", name).SingleAsync();

    private static Task<long> StatCountAsync(DbContext db, string table) =>
        db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = {0}", table).SingleAsync();

    private static Task<string?> StatAsync(DbContext db, string index) =>
        db.Database.SqlQueryRaw<string>("SELECT stat AS \"Value\" FROM sqlite_stat1 WHERE idx = {0}", index)
            .SingleOrDefaultAsync();
}
