using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Features.Imports;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Search;
using OpsTracker.Api.RecordEngine.Statuses;

namespace OpsTracker.Benchmarks;

/// <summary>
/// Writes a synthetic but realistic dataset straight into a migrated SQLite file: sources, forces, camps, operations
/// and casualty records with their citations, places (Arabic and Latin localities), counts of every qualifier and
/// search text built by the API's own normalizer, each table's records audited as one import of them would leave
/// them. Deterministic (fixed seed), so runs compare.
/// </summary>
public static class DatasetGenerator
{
    private const int SourceCount = 2_000;
    private const int ForceCount = 60;
    private const int CampCount = 20;

    private static readonly string[] Regions = ["Al-Hasakah", "Deir ez-Zor", "Raqqa", "Aleppo", "Homs", "Nineveh", "Anbar", "Salah al-Din", "Kirkuk", "Diyala"];
    private static readonly string[] Localities =
        ["al-Hol camp", "الهول", "Hajin", "هجين", "al-Shaddadi", "الشدادي", "Sheikh Maqsoud", "Mosul", "الموصل", "Tal Afar", "Baiji", "Rawa", "القائم", "al-Busayrah", "Markada"];

    private static readonly string[] Affiliations = ["Isis", "Isis", "Isis", "Civilian", "PartnerForce", "GovernmentForce", "Coalition", "Unknown"];
    private static readonly string[] Qualifiers = ["Exact", "Exact", "Exact", "Approximately", "AtLeast", "MoreThan", "AtMost", "Range"];

    public static async Task<TimeSpan> CreateAsync(string databasePath, int casualties, int operations)
    {
        var stopwatch = Stopwatch.StartNew();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }

        var connectionString = $"Data Source={databasePath};Pooling=False";
        var options = new DbContextOptionsBuilder<SqliteOpsTrackerDbContext>().UseSqlite(connectionString).Options;
        IReadOnlyList<CitingTable> citingTables;
        await using (var db = new SqliteOpsTrackerDbContext(options))
        {
            await db.Database.MigrateAsync();
            citingTables = CitingTable.In(db.Model);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var random = new Random(20251113);
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

        Insert(connection, transaction, "Sources", ["Title", "Publisher", "Language", "PublishedOn", "Kind", "Reliability"], SourceCount, (i, row) =>
        {
            row["Title"] = $"Report {i} on operations against ISIS";
            row["Publisher"] = $"Publisher {i % 150}";
            row["Language"] = i % 3 == 0 ? "en" : "ar";
            row["PublishedOn"] = Day(random).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            row["Kind"] = i % 5 == 0 ? "OfficialStatement" : "NewsReport";
            row["Reliability"] = ((char)('A' + (i % 6))).ToString();
            row["SearchText"] = SearchNormalizer.Combine([(string)row["Title"]!, (string)row["Publisher"]!]);
        }, now);
        Insert(connection, transaction, "Forces", ["Name", "Aliases", "Kind"], ForceCount, (i, row) =>
        {
            row["Name"] = $"Force {i}";
            row["Aliases"] = $"[\"قوة {i}\"]";
            row["Kind"] = i % 4 == 0 ? "Coalition" : "PartnerForce";
            row["SearchText"] = SearchNormalizer.Combine([(string)row["Name"]!, $"قوة {i}"]);
        }, now);
        Insert(connection, transaction, "Camps", ["Name", "Aliases", "Country", "Region"], CampCount, (i, row) =>
        {
            row["Name"] = i == 1 ? "al-Hol" : $"Camp {i}";
            row["Aliases"] = i == 1 ? "[\"الهول\",\"Al Hol\"]" : "[]";
            row["Country"] = "SY";
            row["Region"] = "Al-Hasakah";
            row["SearchText"] = i == 1 ? SearchNormalizer.Combine(["al-Hol", "الهول", "Al Hol"]) : SearchNormalizer.Normalize($"Camp {i}");
        }, now);

        string[] placeColumns = ["StartDate", "EndDate", "DatePrecision", "Country", "Region", "Locality", "Latitude", "Longitude", "CampId",
            "CountBest", "CountLow", "CountHigh", "CountQualifier"];
        Insert(connection, transaction, "Operations", ["Title", "Type", .. placeColumns], operations, (i, row) =>
        {
            Place(random, row);
            row["Title"] = $"Operation {i} against ISIS cells";
            row["Type"] = i % 7 == 0 ? "Airstrike" : "Raid";
            row["SearchText"] = SearchNormalizer.Combine([(string)row["Title"]!, (string?)row["Region"], (string?)row["Locality"]]);
        }, now);
        Links(connection, transaction, "OperationSources", "OperationId", "SourceId", operations, SourceCount, random);
        Links(connection, transaction, "OperationForces", "OperationId", "ForceId", operations, ForceCount, random);

        Insert(connection, transaction, "Casualties", ["OperationId", "Affiliation", "Outcome", .. placeColumns], casualties, (i, row) =>
        {
            Place(random, row);
            row["OperationId"] = random.Next(3) == 0 ? random.Next(1, operations + 1) : null;
            row["Affiliation"] = Affiliations[random.Next(Affiliations.Length)];
            row["Outcome"] = random.Next(3) == 0 ? "Wounded" : "Killed";
            row["SearchText"] = SearchNormalizer.Combine([(string?)row["Region"], (string?)row["Locality"]]);
        }, now);
        Links(connection, transaction, "CasualtySources", "CasualtyId", "SourceId", casualties, SourceCount, random);

        await transaction.CommitAsync();

        // Each record's status from its citations, as the API sets it on every write (the rows above give none).
        foreach (var table in citingTables.Where(table => table.Table is "Operations" or "Casualties"))
        {
            await Execute(connection, RecordStatusSql.Update(table, "TRUE", RecordStatusSql.Version));
        }

        // The rows were rolled up under no status, then moved by the update: the emptied rollup rows hold nothing.
        await Execute(connection, "DELETE FROM \"Rollups\" WHERE \"Records\" = 0;");

        await using (var db = new SqliteOpsTrackerDbContext(options))
        {
            await AuditAsImportsAsync(db, [("sources", SourceCount), ("forces", ForceCount), ("camps", CampCount), ("operations", operations), ("casualties", casualties)]);
        }

        await Execute(connection, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        return stopwatch.Elapsed;
    }

    /// <summary>
    /// Each table's records as an import of them would leave their history (one entry for the import and its run of
    /// created ids, the records at their first version), so that the API's <c>check</c> finds the dataset consistent
    /// and a record's history reads "created by import N". There is no file: the entry's SHA-256 is of the
    /// generator's seed and sizes, which determine the rows.
    /// </summary>
    private static async Task AuditAsImportsAsync(SqliteOpsTrackerDbContext db, (string Resource, int Records)[] tables)
    {
        foreach (var (resource, records) in tables)
        {
            var generated = System.Text.Encoding.UTF8.GetBytes($"OpsTracker benchmark dataset, seed 20251113: {resource} 1 to {records}");
            var details = new ImportAuditDetails
            {
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(generated)),
                Format = ImportFormat.Csv,
                Mode = ImportMode.Insert,
                Inserted = records,
                CreatedIds = [[1, records]],
                UpdatedIds = [],
            };
            var entry = AuditTrail.Entry(resource, ImportedHistory.ImportRecordId, AuditAction.Import, ImportedHistory.ImportVersion,
                "benchmark dataset", default(ImportAuditDetails), details, StoredTime.Now());
            db.Add(entry);
            await db.SaveChangesAsync();
            db.Add(new ImportedRecordRange { AuditEntryId = entry.Id, Resource = resource, FirstId = 1, LastId = records });
            await db.SaveChangesAsync();
        }
    }

    private static void Place(Random random, Dictionary<string, object?> row)
    {
        var start = Day(random);
        var region = Regions[random.Next(Regions.Length)];
        row["StartDate"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        row["EndDate"] = random.Next(4) == 0 ? start.AddDays(random.Next(1, 40)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        row["DatePrecision"] = "Day";
        row["Country"] = Array.IndexOf(Regions, region) < 5 ? "SY" : "IQ";
        row["Region"] = region;
        row["Locality"] = random.Next(2) == 0 ? Localities[random.Next(Localities.Length)] : null;
        var located = random.Next(5) == 0;
        row["Latitude"] = located ? 33 + random.NextDouble() * 4 : null;
        row["Longitude"] = located ? 38 + random.NextDouble() * 6 : null;
        row["CampId"] = random.Next(20) == 0 ? random.Next(1, CampCount + 1) : null;

        var qualifier = Qualifiers[random.Next(Qualifiers.Length)];
        var best = random.Next(1, 40);
        row["CountQualifier"] = qualifier;
        row["CountBest"] = best;
        row["CountLow"] = qualifier == "Range" ? best - 1 : null;
        row["CountHigh"] = qualifier == "Range" ? best + 5 : null;
    }

    private static DateOnly Day(Random random) => new DateOnly(2014, 1, 1).AddDays(random.Next(0, 12 * 365));

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, int count,
        Action<int, Dictionary<string, object?>> fill, string now)
    {
        string[] all = [.. columns, "SearchText", "CreatedAt", "UpdatedAt"];
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", all.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", all.Select(c => "$" + c))})";
        var parameters = all.ToDictionary(c => c, c => command.Parameters.Add(new SqliteParameter("$" + c, null)));
        var row = new Dictionary<string, object?>();
        for (var i = 1; i <= count; i++)
        {
            row.Clear();
            fill(i, row);
            row["CreatedAt"] = now;
            row["UpdatedAt"] = now;
            foreach (var column in all)
            {
                parameters[column].Value = row.GetValueOrDefault(column) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    /// <summary>One or two links per record (citations, forces), to distinct targets.</summary>
    private static void Links(SqliteConnection connection, SqliteTransaction transaction, string table, string recordColumn, string targetColumn,
        int records, int targets, Random random)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" (\"{recordColumn}\", \"{targetColumn}\") VALUES ($record, $target)";
        var record = command.Parameters.Add(new SqliteParameter("$record", 0L));
        var target = command.Parameters.Add(new SqliteParameter("$target", 0L));
        for (var i = 1; i <= records; i++)
        {
            var first = random.Next(1, targets + 1);
            record.Value = (long)i;
            target.Value = (long)first;
            command.ExecuteNonQuery();
            if (random.Next(3) == 0)
            {
                target.Value = (long)(first % targets + 1);
                command.ExecuteNonQuery();
            }
        }
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
