using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OpsTracker.Api.Infrastructure.Database.Sqlite;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// The database ceiling: the SQL the API runs for a page (the total, the page's ids in id order, then those rows
/// and their citations) or for one record, sent straight through Microsoft.Data.Sqlite in this process with the
/// API's connection settings, with no HTTP, EF Core or JSON. One worker per core, each on its own connection, for
/// a fixed time, so its requests/s compare with wrk's against the API on the same two cores.
/// </summary>
public static class DatabaseCeiling
{
    // The API's own connection settings (SqliteConnectionTuning), so the ceiling reads the file the same way.
    private static readonly string Pragmas = $"{SqliteConnectionTuning.ReadSettings} PRAGMA query_only = 1;";

    private const string Columns = "\"Id\", \"ExternalId\", \"OperationId\", \"Affiliation\", \"Outcome\", \"StartDate\", \"EndDate\", \"DatePrecision\", "
        + "\"Country\", \"Region\", \"Locality\", \"CampId\", \"Latitude\", \"Longitude\", \"CountBest\", \"CountLow\", \"CountHigh\", \"CountQualifier\", "
        + "\"Notes\", \"CreatedAt\", \"UpdatedAt\", \"Version\"";

    /// <summary>
    /// A page: its filter (SQL over the casualty table, or empty), the same filter over the rollups when they count
    /// it (SQL over the Rollups table, or empty), and offsets to pick from.
    /// </summary>
    public static Action<SqliteConnection, Random> Page(string filter, string rollupFilter, int pages) => (connection, random) =>
    {
        var where = $"\"DeletedAt\" IS NULL{(filter.Length > 0 ? " AND " + filter : "")}";
        // As the API: an unfiltered list reads the trigger-kept count of live records, one filtered by what the
        // rollups hold sums their records, another counts its matches.
        Scalar(connection, filter.Length == 0 ? "SELECT \"Count\" FROM \"LiveRecordCounts\" WHERE \"Table\" = 'Casualties'"
            : rollupFilter.Length > 0 ? $"SELECT COALESCE(SUM(\"Records\"), 0) FROM \"Rollups\" WHERE {rollupFilter}"
            : $"SELECT count(*) FROM \"Casualties\" WHERE {where}");
        var ids = new List<long>(50);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT \"Id\" FROM \"Casualties\" WHERE {where} ORDER BY \"Id\" LIMIT 50 OFFSET $offset";
            command.Parameters.AddWithValue("$offset", (random.Next(1, pages + 1) - 1) * 50);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        Rows(connection, string.Join(",", ids));
    };

    /// <summary>
    /// The summary of one country and one year (random among the given ones): the API's three aggregates, over
    /// casualties, operations and arrests, each summing the matching entries of its covering totals index, read
    /// from the year's start less the table's longest period on (the from filter's startDate bound).
    /// </summary>
    public static Action<SqliteConnection, Random> Summary(string country, int firstYear, int lastYear) => (connection, random) =>
    {
        var year = random.Next(firstYear, lastYear + 1);
        foreach (var (table, key) in new[] { ("Casualties", "Outcome"), ("Operations", "Country"), ("Arrests", "Country") })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT "{key}", COALESCE(SUM("CountBest"), 0),
                    COALESCE(SUM(CASE WHEN "CountQualifier" = 'MoreThan' THEN COALESCE("CountLow", "CountBest" + 1)
                        WHEN "CountQualifier" IN ('AtMost', 'LessThan') THEN COALESCE("CountLow", 0) ELSE COALESCE("CountLow", "CountBest") END), 0),
                    COALESCE(SUM(CASE WHEN "CountQualifier" IN ('AtLeast', 'MoreThan') THEN 0
                        WHEN "CountQualifier" = 'LessThan' THEN COALESCE("CountHigh", "CountBest" - 1) ELSE COALESCE("CountHigh", "CountBest") END), 0),
                    COUNT(CASE WHEN "CountQualifier" IN ('AtLeast', 'MoreThan') THEN 1 END), COUNT(*)
                FROM "{table}"
                WHERE "DeletedAt" IS NULL AND ("StartDate" >= $start OR "EndDate" >= $start)
                    AND "StartDate" >= CASE WHEN (SELECT "Days" FROM "LongestPeriods" WHERE "Table" = $table LIMIT 1) < $daysSinceFirstDate
                        THEN date($start, COALESCE(CAST(-(SELECT "Days" FROM "LongestPeriods" WHERE "Table" = $table LIMIT 1) AS TEXT), '') || ' days')
                        ELSE $firstDate END
                    AND "StartDate" <= $end AND "Country" = $country
                GROUP BY "{key}"
                """;
            command.Parameters.AddWithValue("$start", $"{year}-01-01");
            command.Parameters.AddWithValue("$end", $"{year}-12-31");
            command.Parameters.AddWithValue("$table", table);
            command.Parameters.AddWithValue("$daysSinceFirstDate", new DateOnly(year, 1, 1).DayNumber);
            command.Parameters.AddWithValue("$firstDate", "0001-01-01");
            command.Parameters.AddWithValue("$country", country);
            Drain(command);
        }
    };

    /// <summary>
    /// The first page of a <c>q</c> search, as the API runs it: the camps whose names match, the count of the records
    /// that the full-text index matches or that refer to such a camp, the page's ids, then those rows.
    /// </summary>
    public static Action<SqliteConnection, Random> Search(string term)
    {
        var normalized = OpsTracker.Api.RecordEngine.Search.SearchNormalizer.Normalize(term);
        return (connection, _) =>
        {
            var camps = new List<long>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT \"Id\" FROM \"Camps\" WHERE \"DeletedAt\" IS NULL AND instr(\"NamesText\", $term) > 0";
                command.Parameters.AddWithValue("$term", normalized);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    camps.Add(reader.GetInt64(0));
                }
            }

            var matches = "SELECT rowid AS \"Value\" FROM \"CasualtiesSearch\" WHERE \"CasualtiesSearch\" MATCH $phrase";
            if (camps.Count > 0)
            {
                // As the API: the full-text index's rowids go into the union as they are; the outer query checks them.
                matches = $"SELECT \"Value\" FROM ({matches}) "
                    + $"UNION SELECT \"Id\" FROM \"Casualties\" WHERE \"DeletedAt\" IS NULL AND \"CampId\" IN ({string.Join(",", camps)})";
            }

            var where = $"\"DeletedAt\" IS NULL AND \"Id\" IN ({matches})";
            var phrase = $"\"{normalized.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            var ids = new List<long>(50);
            using (var count = connection.CreateCommand())
            {
                count.CommandText = $"SELECT count(*) FROM \"Casualties\" WHERE {where}";
                count.Parameters.AddWithValue("$phrase", phrase);
                count.ExecuteScalar();
            }

            using (var page = connection.CreateCommand())
            {
                page.CommandText = $"SELECT \"Id\" FROM \"Casualties\" WHERE {where} ORDER BY \"Id\" LIMIT 50";
                page.Parameters.AddWithValue("$phrase", phrase);
                using var reader = page.ExecuteReader();
                while (reader.Read())
                {
                    ids.Add(reader.GetInt64(0));
                }
            }

            Rows(connection, string.Join(",", ids));
        };
    }

    public static Action<SqliteConnection, Random> Record(int records) => (connection, random) =>
        Rows(connection, random.Next(1, records + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static Throughput Measure(string scenario, string databasePath, Action<SqliteConnection, Random> query, TimeSpan duration)
    {
        var workers = Environment.ProcessorCount;
        var latencies = new List<double>[workers];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
            connection.Open();
            Scalar(connection, Pragmas);
            var random = new Random(worker + 7);
            var times = latencies[worker] = [];
            // A few untimed queries first, as wrk's first requests also warm the API.
            for (var i = 0; i < 5; i++)
            {
                query(connection, random);
            }

            var end = clock.Elapsed + duration;
            while (clock.Elapsed < end)
            {
                var started = Stopwatch.GetTimestamp();
                query(connection, random);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });

        var all = latencies.SelectMany(times => times).Order().ToList();
        double At(double quantile) => all[Math.Min(all.Count - 1, (int)Math.Ceiling(quantile * all.Count) - 1)];
        var result = new Throughput(scenario, all.Count / duration.TotalSeconds, At(0.50), At(0.99), all.Count, 0);
        Console.WriteLine($"  {scenario}: {result.Describe()}");
        return result;
    }

    /// <summary>The rows of the given ids and their citations, every column read, as the API's projection reads them.</summary>
    private static void Rows(SqliteConnection connection, string ids)
    {
        if (ids.Length == 0)
        {
            return;
        }

        foreach (var sql in new[]
        {
            $"SELECT {Columns} FROM \"Casualties\" WHERE \"DeletedAt\" IS NULL AND \"Id\" IN ({ids})",
            $"SELECT \"CasualtyId\", \"SourceId\" FROM \"CasualtySources\" WHERE \"CasualtyId\" IN ({ids})",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            Drain(command);
        }
    }

    /// <summary>Reads every value of every row, as a mapping layer would.</summary>
    private static void Drain(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
        }
    }

    private static void Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteScalar();
    }
}
