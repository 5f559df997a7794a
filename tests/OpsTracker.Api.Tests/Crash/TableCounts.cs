using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Crash;

/// <summary>
/// The number of rows of every table of a database, the search index's own tables (SQLite's FTS5 shadow tables)
/// and the audit trail's included: two equal snapshots mean nothing was left behind.
/// </summary>
public static class TableCounts
{
    public static Dictionary<string, long> Of(TestDatabase database)
    {
        var tables = new List<string>();
        using (var connection = database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = TestDatabase.IsPostgres
                ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename;"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.ToDictionary(table => table, table => database.Count(table), StringComparer.Ordinal);
    }

    /// <summary>The tables whose counts differ, each with both counts, for a failure message.</summary>
    public static string Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        string.Join(", ", before.Keys.Union(after.Keys)
            .Where(table => before.GetValueOrDefault(table, -1) != after.GetValueOrDefault(table, -1))
            .Select(table => $"{table}: {before.GetValueOrDefault(table, -1)} before, {after.GetValueOrDefault(table, -1)} after"));
}
