using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// The suite's dataset on PostgreSQL (<c>suite --postgres</c>): the SQLite file <see cref="DatasetGenerator"/> writes,
/// copied row for row into a PostgreSQL database that the API's own migrations created, so that both databases are
/// measured on the same records. Each table is sent with one <c>COPY … FROM STDIN (FORMAT csv)</c>, parents before
/// the tables that refer to them, and PostgreSQL parses every value into its column's type; what the database keeps
/// beside the records (live counts with their data versions, running totals, longest periods, rollups) is not copied
/// but computed by its own insert triggers, which <c>COPY</c> fires once per table; then each identity sequence is set
/// past the copied ids. <see cref="ApiProcess.CheckAsync"/> runs the API's <c>check</c> on the result.
/// </summary>
public static class PostgresDatasetCopy
{
    /// <summary>Tables the database's insert triggers fill as the records arrive: copied as well, they would count twice.</summary>
    private static readonly HashSet<string> KeptByTriggers = ["LiveRecordCounts", "LongestPeriods", "Rollups", "RunningTotals"];

    public static async Task<TimeSpan> CopyAsync(string sqlitePath, BenchmarkDatabase postgres)
    {
        var clock = Stopwatch.StartNew();
        var sqliteConnection = $"Data Source={sqlitePath};Pooling=False";

        // A reused dataset may predate the latest migrations: brought to the schema the PostgreSQL database gets.
        var sqliteOptions = new DbContextOptionsBuilder<SqliteOpsTrackerDbContext>();
        DatabaseSetup.ConfigureSqlite(sqliteOptions, sqliteConnection, TimeSpan.FromSeconds(30));
        await using (var sqliteDb = new SqliteOpsTrackerDbContext(sqliteOptions.Options))
        {
            await DatabaseSetup.MigrateAsync(sqliteDb);
        }

        IReadOnlyList<string> tables;
        var postgresOptions = new DbContextOptionsBuilder<PostgresOpsTrackerDbContext>();
        DatabaseSetup.ConfigurePostgres(postgresOptions, postgres.ConnectionString);
        await using (var postgresDb = new PostgresOpsTrackerDbContext(postgresOptions.Options))
        {
            await DatabaseSetup.MigrateAsync(postgresDb);
            tables = ParentsFirst(postgresDb.Model);
        }

        await using var source = new SqliteConnection(sqliteConnection);
        await source.OpenAsync();
        // The API stores times as UTC; the session's zone is the one COPY reads zoneless text in.
        await using var target = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Timezone = "UTC" }.ToString());
        await target.OpenAsync();
        var sourceTables = new HashSet<string>(await ColumnAsync(source, "SELECT name FROM sqlite_master WHERE type = 'table'"), StringComparer.Ordinal);
        foreach (var table in tables.Where(table => !KeptByTriggers.Contains(table) && sourceTables.Contains(table)))
        {
            var rows = await CopyTableAsync(source, target, table);
            if (rows > 0)
            {
                Console.WriteLine($"  {table}: {rows:N0} rows");
            }
        }

        await using (var sequences = new NpgsqlCommand("""
            SELECT format('SELECT setval(%L, max(%I)) FROM %I HAVING max(%I) IS NOT NULL',
                pg_get_serial_sequence(format('%I', table_name), column_name), column_name, table_name, column_name)
            FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'
            """, target))
        {
            var statements = new List<string>();
            await using (var reader = await sequences.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    statements.Add(reader.GetString(0));
                }
            }

            foreach (var statement in statements)
            {
                await using var setval = new NpgsqlCommand(statement, target);
                await setval.ExecuteNonQueryAsync();
            }
        }

        // The statistics and visibility map a database that has lived a while has (autovacuum's work), not a fresh copy's.
        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", target) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync();
        }

        return clock.Elapsed;
    }

    /// <summary>The model's tables, each after every table its foreign keys refer to.</summary>
    private static List<string> ParentsFirst(IModel model)
    {
        var parents = model.GetEntityTypes()
            .Where(entity => entity.GetTableName() is not null)
            .GroupBy(entity => entity.GetTableName()!)
            .ToDictionary(group => group.Key, group => group
                .SelectMany(entity => entity.GetForeignKeys())
                .Select(key => key.PrincipalEntityType.GetTableName()!)
                .Where(parent => parent != group.Key)
                .ToHashSet());
        var ordered = new List<string>();
        while (parents.Count > 0)
        {
            var ready = parents.Where(table => table.Value.All(ordered.Contains)).Select(table => table.Key).Order(StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"The foreign keys of {string.Join(", ", parents.Keys)} form a cycle.");
            }

            ordered.AddRange(ready);
            foreach (var table in ready)
            {
                parents.Remove(table);
            }
        }

        return ordered;
    }

    private static async Task<long> CopyTableAsync(SqliteConnection source, NpgsqlConnection target, string table)
    {
        // Every column the table has on both sides; a column the SQLite file has and PostgreSQL lacks would be lost.
        var targetColumns = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var columns = new NpgsqlCommand(
            "SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'", target))
        {
            columns.Parameters.AddWithValue(table);
            await using var reader = await columns.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                targetColumns[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var sourceColumns = await ColumnAsync(source, $"SELECT name FROM pragma_table_info('{table}')");
        if (sourceColumns.FirstOrDefault(column => !targetColumns.ContainsKey(column)) is { } missing)
        {
            throw new InvalidOperationException($"{table}.{missing} is in the SQLite dataset but not in the PostgreSQL schema.");
        }

        var list = string.Join(", ", sourceColumns.Select(column => $"\"{column}\""));
        var types = sourceColumns.Select(column => targetColumns[column]).ToArray();
        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {list} FROM \"{table}\"";
        await using var records = await read.ExecuteReaderAsync();
        long rows = 0;
        await using (var writer = await target.BeginTextImportAsync($"COPY \"{table}\" ({list}) FROM STDIN (FORMAT csv)"))
        {
            var line = new StringBuilder();
            while (await records.ReadAsync())
            {
                line.Clear();
                for (var i = 0; i < types.Length; i++)
                {
                    if (i > 0)
                    {
                        line.Append(',');
                    }

                    AppendCsv(line, records.IsDBNull(i) ? null : records.GetValue(i), types[i]);
                }

                line.Append('\n');
                await writer.WriteAsync(line);
                rows++;
            }
        }

        return rows;
    }

    /// <summary>
    /// One value as PostgreSQL's CSV input reads it into a column of type <paramref name="type"/>: null unquoted and
    /// empty, text quoted; SQLite's JSON arrays (aliases) as array literals, its blobs as bytea's hex form.
    /// </summary>
    private static void AppendCsv(StringBuilder line, object? value, string type)
    {
        var text = value switch
        {
            null => null,
            byte[] bytes => "\\x" + Convert.ToHexString(bytes),
            double number => number.ToString("R", CultureInfo.InvariantCulture),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        };
        if (text is not null && type.StartsWith('_'))
        {
            var items = JsonSerializer.Deserialize<string[]>(text) ?? [];
            text = "{" + string.Join(",", items.Select(item => "\"" + item.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"")) + "}";
        }

        if (text is not null)
        {
            line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
    }

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
