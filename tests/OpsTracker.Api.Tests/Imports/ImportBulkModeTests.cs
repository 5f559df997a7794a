using System.Data;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Imports.Sqlite;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Imports;

/// <summary>
/// Every import drops the table's insert triggers of search, rollups and running totals, and fills the full-text
/// index, the rollups and the totals in one pass each before the commit; past
/// the bulk threshold (set low here) it also drops the non-unique indexes and rebuilds them. Whatever the ending, the schema must come out as it went in, and the search
/// index, the rollups and the running totals must agree with the records (<c>ImportRollupTests</c> compares the
/// rollups' answers on both databases).
/// </summary>
[SqliteOnly("Bulk mode drops and rebuilds SQLite indexes and triggers during a large import; PostgreSQL imports use COPY instead.")]
public sealed class ImportBulkModeTests() : ApiTest(ReusedApis.Rent(("Imports:BulkThreshold", "1000")))
{
    private const int Records = 3_500;
    private const string Header = "externalId,sourceIds,affiliation,outcome,count.best,count.qualifier,startDate,endDate,country,region,notes";
    private static readonly string[] Qualifiers = ["exact", "approximately", "atLeast", "moreThan", "atMost", "lessThan"];

    [Fact]
    public async Task A_large_import_leaves_the_schema_as_it_was_with_search_and_totals_consistent()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.ImportOkAsync("casualties", Csv(sourceId, 1, 50), ImportHttp.Csv);
        var before = await SchemaAsync();

        var report = await Client.ImportOkAsync("casualties", Csv(sourceId, 51, Records), ImportHttp.Csv);

        ImportHttp.AssertReport(report, inserted: Records - 50);
        Assert.Equal(before, await SchemaAsync());
        Assert.Equal(Records, await StoredRecords.CountAsync(Factory, "casualties"));

        // Records from before the import, from before the switch and from after it are all found by search.
        foreach (var number in new[] { 7, 777, 2_345, Records })
        {
            var page = await Client.GetObjectAsync($"/api/v1/casualties?q={Marker(number)}");
            Assert.Equal([$"bulk:{number}"], page["items"]!.AsArray().Select(item => item!["externalId"]!.GetValue<string>()));
        }

        await using (var db = Factory.CreateDbContext())
        {
            // Throws when the full-text index differs from the table it indexes.
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "CasualtiesSearch"("CasualtiesSearch") VALUES ('integrity-check');""");
        }

        var stored = await Client.GetObjectAsync("/api/v1/stats/summary");
        var computed = await Client.GetObjectAsync("/api/v1/stats/summary?to=9999-12-31");
        Assert.Equal(computed.ToJsonString(), stored.ToJsonString());
    }

    [Fact]
    public async Task An_import_below_the_threshold_fills_the_search_index_in_one_pass_and_puts_the_trigger_back()
    {
        var sourceId = await Client.CreateSourceAsync();
        var before = await SchemaAsync();

        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", Csv(sourceId, 1, 40), ImportHttp.Csv), inserted: 40);

        Assert.Equal(before, await SchemaAsync());
        var page = await Client.GetObjectAsync($"/api/v1/casualties?q={Marker(33)}");
        Assert.Equal(["bulk:33"], page["items"]!.AsArray().Select(item => item!["externalId"]!.GetValue<string>()));
        await using var db = Factory.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "CasualtiesSearch"("CasualtiesSearch") VALUES ('integrity-check');""");

        // The trigger is back: a record written afterwards is found too.
        var posted = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("notes", Marker(99_999))));
        Assert.Equal([posted], await Client.ListIdsAsync(Paths.Casualties, $"q={Marker(99_999)}"));
    }

    [Fact]
    public async Task A_failing_row_after_the_switch_writes_nothing_and_leaves_the_schema_intact()
    {
        var sourceId = await Client.CreateSourceAsync();
        var before = await SchemaAsync();
        var csv = Csv(sourceId, 1, Records).Replace($"bulk:3000,{sourceId},", "bulk:3000,999999,", StringComparison.Ordinal);

        using var response = await Client.ImportAsync("casualties", csv, ImportHttp.Csv);

        await ProblemAssert.IsValidationProblemAsync(response, "line 3001: sourceIds[0]");
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));
        Assert.Equal(before, await SchemaAsync());
    }

    [Fact]
    public async Task A_dry_run_past_the_threshold_writes_nothing_and_leaves_the_schema_intact()
    {
        var sourceId = await Client.CreateSourceAsync();
        var before = await SchemaAsync();

        var report = await Client.ImportOkAsync("casualties", Csv(sourceId, 1, Records), ImportHttp.Csv, "dryRun=true");

        ImportHttp.AssertReport(report, inserted: Records);
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));
        Assert.Equal(before, await SchemaAsync());
    }

    [Fact]
    public async Task Bulk_mode_drops_the_plain_indexes_and_insert_triggers_and_restores_them_exactly()
    {
        var before = await SchemaAsync();
        await using var db = Factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var bulk = new ImportBulkMode(db.Model.FindEntityType(typeof(Casualty))!, (SqliteConnection)db.Database.GetDbConnection(),
            (SqliteTransaction)transaction.GetDbTransaction(), mayDropIndexes: true);

        bulk.Begin();
        bulk.Enter();

        Assert.Contains("IX_Casualties_Totals", bulk.DroppedIndexes);
        Assert.Contains("IX_CasualtySources_SourceId", bulk.DroppedIndexes);
        var during = await SchemaAsync(db);
        string[] deferred = ["Casualties_RollupInsert", "Casualties_SearchInsert", "Casualties_TotalsInsert"];
        Assert.Equal(deferred, bulk.DeferredTriggers);
        Assert.DoesNotContain(during, entry => bulk.DroppedIndexes.Contains(entry.Name) || deferred.Contains(entry.Name));
        Assert.Contains(during, entry => entry.Name == "IX_Casualties_ExternalId");

        // Updates and deletes keep their triggers: an upsert's replaced records move their sums row by row.
        Assert.Contains(during, entry => entry.Name == "Casualties_TotalsUpdate");
        Assert.Contains(during, entry => entry.Name == "Casualties_RollupUpdate");
        Assert.Contains(during, entry => entry.Name == "Casualties_RollupDelete");

        bulk.Restore();

        Assert.False(bulk.IsOn);
        Assert.Equal(before, await SchemaAsync(db));

        // The rebuild shrinks the page cache to bound the sorter's memory; the import gets its own back for the commit,
        // and the pooled connection its usual one, without a memory map, when the import is done with it.
        Assert.Equal(-ImportBulkMode.ImportCacheKibibytes, await PragmaAsync(db, transaction, "cache_size"));
        bulk.Dispose();
        Assert.Equal(-SqliteConnectionTuning.CacheKibibytes, await PragmaAsync(db, transaction, "cache_size"));
        Assert.Equal(0, await PragmaAsync(db, transaction, "mmap_size"));
    }

    [Fact]
    public async Task Bulk_mode_gives_the_rebuilt_indexes_their_statistics_back_in_the_file_and_on_its_own_connection()
    {
        const string query = """SELECT "Id" FROM "Casualties" WHERE "Region" = 'r' AND "Country" = 'SY' AND "DeletedAt" IS NULL""";
        await using var db = Factory.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();

        // Statistics in this transaction alone, which is never committed. Contrived so that the plan tells them from
        // none: with them the region-and-date index reads one row, without them the country-and-region index, which
        // matches both columns, is the planner's guess.
        await ExecuteAsync(db, transaction, """
            ANALYZE;
            DELETE FROM "sqlite_stat1";
            INSERT INTO "sqlite_stat1" VALUES ('Casualties', 'IX_Casualties_Region_StartDate', '1000000 1 1'),
                ('Casualties', 'IX_Casualties_Country_Region', '1000000 1000000 1000000');
            ANALYZE "sqlite_schema";
            """);
        var statistics = await StatisticsAsync(db, transaction);
        Assert.Contains("IX_Casualties_Region_StartDate", await PlanAsync(db, transaction, query), StringComparison.Ordinal);
        var bulk = new ImportBulkMode(db.Model.FindEntityType(typeof(Casualty))!, (SqliteConnection)db.Database.GetDbConnection(),
            (SqliteTransaction)transaction.GetDbTransaction(), mayDropIndexes: true);

        bulk.Begin();
        bulk.Enter();

        Assert.Contains("IX_Casualties_Region_StartDate", bulk.DroppedIndexes);
        Assert.Empty(await StatisticsAsync(db, transaction));

        bulk.Restore();

        Assert.Equal(statistics, await StatisticsAsync(db, transaction));
        Assert.Contains("IX_Casualties_Region_StartDate", await PlanAsync(db, transaction, query), StringComparison.Ordinal);
        bulk.Dispose();
    }

    [Fact]
    public async Task An_import_rolled_back_gives_the_connection_its_usual_page_cache_and_no_memory_map_back()
    {
        await using var db = Factory.CreateDbContext();

        // Opened here, so that the connection outlives the transaction, as the API's kept connections do.
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var bulk = new ImportBulkMode(db.Model.FindEntityType(typeof(Casualty))!, (SqliteConnection)db.Database.GetDbConnection(),
            (SqliteTransaction)transaction.GetDbTransaction(), mayDropIndexes: true);

        Assert.Equal(0, await PragmaAsync(db, transaction, "mmap_size"));
        bulk.Begin();
        Assert.Equal(-ImportBulkMode.ImportCacheKibibytes, await PragmaAsync(db, transaction, "cache_size"));
        Assert.Equal(ImportBulkMode.ImportMemoryMapBytes, await PragmaAsync(db, transaction, "mmap_size"));
        await transaction.RollbackAsync();
        Assert.Equal(-ImportBulkMode.ImportCacheKibibytes, await PragmaAsync(db, null, "cache_size"));

        bulk.Dispose();

        Assert.Equal(-SqliteConnectionTuning.CacheKibibytes, await PragmaAsync(db, null, "cache_size"));
        Assert.Equal(0, await PragmaAsync(db, null, "mmap_size"));
    }

    [Fact]
    public async Task Large_imports_into_an_analysed_file_leave_its_statistics_as_they_were_committed_or_not()
    {
        // A file of its own: the reused API's is not analysed, and must stay so for the other tests.
        using var factory = new ApiFactory().WithSetting("Imports:BulkThreshold", "1000");
        using var client = factory.CreateClient();
        var sourceId = await client.CreateSourceAsync();
        await client.ImportOkAsync("casualties", Csv(sourceId, 1, 50), ImportHttp.Csv);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }

        var before = await StatisticsAsync(factory);
        Assert.Contains(before, row => row.StartsWith("Casualties|IX_Casualties_Totals|50 ", StringComparison.Ordinal));

        // A dry run and a failing row after the switch roll the dropped statistics back with everything else.
        ImportHttp.AssertReport(await client.ImportOkAsync("casualties", Csv(sourceId, 51, Records), ImportHttp.Csv, "dryRun=true"),
            inserted: Records - 50);
        var failing = Csv(sourceId, 51, Records).Replace($"bulk:3000,{sourceId},", "bulk:3000,999999,", StringComparison.Ordinal);
        using (var refused = await client.ImportAsync("casualties", failing, ImportHttp.Csv))
        {
            await ProblemAssert.IsValidationProblemAsync(refused, "line 2951: sourceIds[0]");
        }

        Assert.Equal(before, await StatisticsAsync(factory));

        ImportHttp.AssertReport(await client.ImportOkAsync("casualties", Csv(sourceId, 51, Records), ImportHttp.Csv), inserted: Records - 50);

        // Every index, those bulk mode dropped and built again included, has the statistics it had.
        Assert.Equal(before, await StatisticsAsync(factory));
    }

    [Fact]
    public async Task An_import_through_the_API_gives_its_kept_connection_the_usual_page_cache_and_no_memory_map_back()
    {
        // Kept connections, as in production: the import's connection goes back to the pool with whatever it was left.
        using var factory = new ApiFactory().WithPooledConnections();
        using var client = factory.CreateClient();
        var sourceId = await client.CreateSourceAsync();

        ImportHttp.AssertReport(await client.ImportOkAsync("casualties", Csv(sourceId, 1, 40), ImportHttp.Csv), inserted: 40);

        // Every context the pool holds, rented at once (the requests above ran one at a time, so the pool holds a few).
        var scopes = Enumerable.Range(0, 16).Select(_ => factory.Services.CreateAsyncScope()).ToList();
        try
        {
            var settings = new List<(long Changes, long Cache, long Map)>();
            foreach (var scope in scopes)
            {
                var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();
                await db.Database.OpenConnectionAsync();
                settings.Add((await ScalarAsync(db, null, "SELECT total_changes();"), await PragmaAsync(db, null, "cache_size"),
                    await PragmaAsync(db, null, "mmap_size")));
            }

            // The import's connection is among them: the only one that has written 40 records (and their citations).
            Assert.Contains(settings, connection => connection.Changes >= 80);
            Assert.All(settings, connection =>
            {
                Assert.Equal(-SqliteConnectionTuning.CacheKibibytes, connection.Cache);
                Assert.Equal(0, connection.Map);
            });
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    // Each row of sqlite_stat1 as one string, in a stable order (tables without indexes have no idx).
    private const string StatisticsRows =
        """SELECT "tbl" || '|' || COALESCE("idx", '') || '|' || "stat" FROM "sqlite_stat1" ORDER BY "tbl", "idx";""";

    private static async Task<List<string>> StatisticsAsync(ApiFactory factory)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.OpenConnectionAsync();
        return await ColumnAsync(db, null, StatisticsRows, 0);
    }

    private static Task<List<string>> StatisticsAsync(OpsTrackerDbContext db, IDbContextTransaction transaction) =>
        ColumnAsync(db, transaction, StatisticsRows, 0);

    /// <summary>The query's plan, as SQLite's EXPLAIN QUERY PLAN details it, on this connection.</summary>
    private static async Task<string> PlanAsync(OpsTrackerDbContext db, IDbContextTransaction transaction, string query) =>
        string.Join('\n', await ColumnAsync(db, transaction, "EXPLAIN QUERY PLAN " + query, 3));

    private static async Task ExecuteAsync(OpsTrackerDbContext db, IDbContextTransaction transaction, string sql)
    {
        await using var command = Command(db, transaction, sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> ColumnAsync(OpsTrackerDbContext db, IDbContextTransaction? transaction, string sql, int column)
    {
        await using var command = Command(db, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(column));
        }

        return values;
    }

    private static Task<long> PragmaAsync(OpsTrackerDbContext db, IDbContextTransaction? transaction, string pragma) =>
        ScalarAsync(db, transaction, $"PRAGMA {pragma};");

    private static async Task<long> ScalarAsync(OpsTrackerDbContext db, IDbContextTransaction? transaction, string sql)
    {
        await using var command = Command(db, transaction, sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(OpsTrackerDbContext db, IDbContextTransaction? transaction, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    private static string Csv(long sourceId, int first, int last)
    {
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = first; i <= last; i++)
        {
            var outcome = i % 3 == 0 ? "wounded" : "killed";
            csv.Append(FormattableString.Invariant(
                $"bulk:{i},{sourceId},isis,{outcome},{i % 40},{Qualifiers[i % Qualifiers.Length]},2025-10-01,2025-11-06,SY,Al-Hasakah,{Marker(i)}\n"));
        }

        return csv.ToString();
    }

    // A word found in one record's notes only.
    private static string Marker(int number) => FormattableString.Invariant($"zq{number:D6}x");

    private async Task<List<(string Type, string Name, string Sql)>> SchemaAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await SchemaAsync(db);
    }

    /// <summary>Every index and trigger with its SQL, in name order.</summary>
    private static async Task<List<(string Type, string Name, string Sql)>> SchemaAsync(OpsTrackerDbContext db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync();
        }

        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            SELECT "type", "name", COALESCE("sql", '') FROM "sqlite_master" WHERE "type" IN ('index', 'trigger') ORDER BY "name";
            """;
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<(string, string, string)>();
        while (await reader.ReadAsync())
        {
            entries.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return entries;
    }
}
