using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Schema;

namespace OpsTracker.Api.Features.Consistency.Sqlite;

/// <summary>
/// The consistency check on SQLite: <c>PRAGMA integrity_check</c>, FTS5's integrity-check of each trigram search index
/// ("{table}Search", kept by triggers) against its content table, and a deferred transaction as the snapshot.
/// </summary>
public sealed class SqliteDatabaseChecks(OpsTrackerDbContext db, CheckQueries queries) : IDatabaseChecks
{
    public string PeriodDaysSql => "CAST(julianday(\"EndDate\") - julianday(\"StartDate\") AS INTEGER)";

    public string RollupSumsSql => RollupSql.AllSums(postgres: false);

    public async Task<ConsistencyFinding> StructureAsync(IReadOnlyList<RecordTable> tables, CancellationToken cancellationToken)
    {
        // Pages, and every index against its table, for the whole file.
        var problems = await queries.ScalarsAsync<string>("PRAGMA integrity_check;", cancellationToken);
        return problems is ["ok"]
            ? new("database structure", true, "PRAGMA integrity_check found no problem")
            : new("database structure", false, string.Join("; ", problems.Take(10)));
    }

    public async Task<IReadOnlyList<ConsistencyFinding>> SearchIndexesAsync(IReadOnlyList<RecordTable> tables, CancellationToken cancellationToken)
    {
        var findings = new List<ConsistencyFinding>();
        foreach (var table in tables)
        {
            var index = $"{table.Table}Search";
            try
            {
                // A write statement to SQLite, so it runs before the read-only snapshot.
                await queries.ExecuteAsync($"INSERT INTO \"{index}\"(\"{index}\", rank) VALUES ('integrity-check', 1);", cancellationToken);
                findings.Add(new($"search index of {table.Table}", true, "matches the records' search text"));
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode is 11 or 267)
            {
                // SQLITE_CORRUPT (and SQLITE_CORRUPT_VTAB): the index holds entries the rows do not, or misses some.
                findings.Add(new($"search index of {table.Table}", false, $"does not match the records' search text ({exception.Message})"));
            }
        }

        return findings;
    }

    public async Task<IAsyncDisposable> BeginSnapshotAsync(CancellationToken cancellationToken)
    {
        // A deferred transaction reads one state of the WAL without taking the write lock (EF's own would take it).
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var snapshot = connection.BeginTransaction(deferred: true);
        var shared = await db.Database.UseTransactionAsync(snapshot, cancellationToken);
        return new SqliteSnapshot(snapshot, shared);
    }
}
