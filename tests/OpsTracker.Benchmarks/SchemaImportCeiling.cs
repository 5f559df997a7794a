using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using OpsTracker.Api.Features.Imports.Sqlite;
using OpsTracker.Api.Infrastructure.Database.Schema;

namespace OpsTracker.Benchmarks;

/// <summary>
/// The schema ceiling of a casualty import on SQLite: the rows of the CSV file, already in a plain table (the sqlite3
/// shell's <c>.import</c>), written into OpsTracker's own schema by SQL alone, in one transaction, the way the import's
/// bulk mode writes them: the non-unique indexes and the insert triggers of search, rollups and running totals
/// dropped, the records inserted (the unique externalId index and the live-count trigger kept), their citation rows,
/// the import's one audit entry and its run of created ids, the indexes built again, the records added to the
/// full-text index, their sums added to the rollups and running totals, the commit.
/// No parsing, validation, reference checks or application code: what SQLite itself needs to store the file in this
/// schema on this machine, with the API's connection settings, through the same SQLite library. Each step is timed.
/// </summary>
public static class SchemaImportCeiling
{
    public static async Task<SchemaCeilingResult> MeasureAsync(string rawDatabase, string rawTable, string work, string sourcesCsv)
    {
        var database = Path.Combine(work, "schema-ceiling.db");
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }

        // A migrated database holding the file's sources, made by the API itself.
        await using (var made = BenchmarkDatabase.SqliteFile(work, "schema-ceiling.db"))
        {
            await ImportBenchmark.CommandAsync(made, "sources", sourcesCsv);
        }

        var steps = new List<(string Step, double Seconds)>();
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        Execute(connection, $"PRAGMA journal_mode = WAL; PRAGMA mmap_size = {ImportBulkMode.ImportMemoryMapBytes}; PRAGMA cache_size = -{ImportBulkMode.ImportCacheKibibytes}; PRAGMA foreign_keys = ON;");
        Execute(connection, $"ATTACH DATABASE '{rawDatabase.Replace("'", "''", StringComparison.Ordinal)}' AS raw;");
        var total = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            void Step(string name, string sql)
            {
                var clock = Stopwatch.StartNew();
                Execute(connection, sql, transaction);
                steps.Add((name, clock.Elapsed.TotalSeconds));
            }

            var lastId = Convert.ToInt64(Scalar(connection, "SELECT COALESCE(MAX(\"Id\"), 0) FROM \"Casualties\";", transaction), CultureInfo.InvariantCulture);
            var indexes = Rows(connection, """
                SELECT m."name", m."sql" FROM "sqlite_master" AS m JOIN pragma_index_list(m."tbl_name") AS l ON l."name" = m."name"
                WHERE m."type" = 'index' AND m."tbl_name" IN ('Casualties', 'CasualtySources') AND m."sql" IS NOT NULL AND l."unique" = 0;
                """, transaction);
            var triggers = Rows(connection, """
                SELECT "name", "sql" FROM "sqlite_master"
                WHERE "name" IN ('Casualties_SearchInsert', 'Casualties_RollupInsert', 'Casualties_TotalsInsert') ORDER BY "name";
                """, transaction);
            Step("drop indexes and insert triggers",
                string.Concat(indexes.Select(index => $"DROP INDEX \"{index.Name}\";")) + string.Concat(triggers.Select(trigger => $"DROP TRIGGER \"{trigger.Name}\";")));

            // Values as the API stores them: enum names in PascalCase, empty cells as NULL, the search text lower-cased.
            Step("records", $"""
                INSERT INTO "Casualties" ("Id", "ExternalId", "Affiliation", "Outcome", "CountBest", "CountLow", "CountHigh", "CountQualifier",
                    "StartDate", "EndDate", "DatePrecision", "Country", "Region", "Locality", "Notes", "SearchText", "CreatedAt", "UpdatedAt", "Version")
                SELECT {lastId} + r.rowid, r."externalId", {Pascal("r.\"affiliation\"")}, {Pascal("r.\"outcome\"")}, CAST(r."count.best" AS INTEGER),
                    CAST(NULLIF(r."count.low", '') AS INTEGER), CAST(NULLIF(r."count.high", '') AS INTEGER), {Pascal("r.\"count.qualifier\"")},
                    r."startDate", NULLIF(r."endDate", ''), 'Day', r."country", NULLIF(r."region", ''), NULLIF(r."locality", ''), NULLIF(r."notes", ''),
                    lower(r."region" || '|' || r."locality" || '|' || r."notes"), '2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000', 1
                FROM raw."{rawTable}" AS r ORDER BY r.rowid;
                """);
            Step("citation rows", $"""
                INSERT INTO "CasualtySources" ("CasualtyId", "SourceId")
                SELECT {lastId} + r.rowid, CAST(j."value" AS INTEGER)
                FROM raw."{rawTable}" AS r, json_each('[' || replace(r."sourceIds", ';', ',') || ']') AS j ORDER BY r.rowid;
                """);
            // One audit entry for the import and its run of created ids, as the import writes them (ImportedHistory).
            Step("audit entry", $"""
                INSERT INTO "AuditEntries" ("At", "KeyName", "Resource", "RecordId", "Action", "Version", "Before", "After")
                SELECT '2026-01-01 00:00:00.000000', 'schema-ceiling', 'casualties', 0, 'Import', 0, NULL, json_object(
                    'sha256', '', 'format', 'csv', 'mode', 'insert', 'inserted', COUNT(*), 'updated', 0, 'unchanged', 0,
                    'createdIds', json_array(json_array(MIN("Id"), MAX("Id"))), 'updatedIds', json_array())
                FROM "Casualties" WHERE "Id" > {lastId};
                INSERT INTO "ImportedRecordRanges" ("AuditEntryId", "Resource", "FirstId", "LastId")
                SELECT last_insert_rowid(), 'casualties', MIN("Id"), MAX("Id") FROM "Casualties" WHERE "Id" > {lastId};
                """);
            // The import's small page cache bounds the sorter's memory from the index builds to the catch-up's GROUP BY.
            Step("indexes built again", $"PRAGMA cache_size = -{ImportBulkMode.IndexBuildCacheKibibytes};"
                + string.Concat(indexes.Select(index => index.Sql + ";")));
            Step("full-text index", triggers.Single(trigger => trigger.Name == "Casualties_SearchInsert").Sql
                + $"; INSERT INTO \"CasualtiesSearch\" (rowid, \"SearchText\") SELECT \"Id\", \"SearchText\" FROM \"Casualties\" WHERE \"Id\" > {lastId};");
            var inserted = FormattableString.Invariant($"r.\"Id\" > {lastId}");
            Step("rollups and running totals", string.Concat(triggers.Where(trigger => trigger.Name != "Casualties_SearchInsert").Select(trigger => trigger.Sql + ";"))
                + RollupSql.AddSums(postgres: false, "Casualties", RollupSql.Version, inserted)
                + RollupSql.AddToRunningTotals("Casualties", RollupSql.Version, inserted) + $"PRAGMA cache_size = -{ImportBulkMode.ImportCacheKibibytes};");
            var commit = Stopwatch.StartNew();
            transaction.Commit();
            steps.Add(("commit", commit.Elapsed.TotalSeconds));
        }

        var seconds = total.Elapsed.TotalSeconds;
        var rows = Convert.ToInt64(Scalar(connection, "SELECT \"Count\" FROM \"LiveRecordCounts\" WHERE \"Table\" = 'Casualties';"), CultureInfo.InvariantCulture);
        var result = new SchemaCeilingResult(seconds, rows, steps);
        Console.WriteLine($"  OpsTracker's schema by SQL alone: {seconds:F1} s, {rows:N0} records ({result.Breakdown})");
        return result;
    }

    private static string Pascal(string column) => $"upper(substr({column}, 1, 1)) || substr({column}, 2)";

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<(string Name, string Sql)> Rows(SqliteConnection connection, string sql, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }
}
