using System.Data;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Schema;

namespace OpsTracker.Api.Features.Consistency.Postgres;

/// <summary>
/// The consistency check on PostgreSQL: no index of the record tables left invalid (a trigram search index is an
/// index of its table, so this covers search too), and a REPEATABLE READ transaction as the snapshot.
/// </summary>
public sealed class PostgresDatabaseChecks(OpsTrackerDbContext db, CheckQueries queries) : IDatabaseChecks
{
    public string PeriodDaysSql => "(\"EndDate\" - \"StartDate\")";

    public string RollupSumsSql => RollupSql.AllSums(postgres: true);

    public async Task<ConsistencyFinding> StructureAsync(IReadOnlyList<RecordTable> tables, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", tables.Select(table => $"'\"{table.Table}\"'::regclass"));
        var invalid = await queries.ScalarsAsync<string>(
            $"SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid IN ({names}) AND NOT (indisvalid AND indisready);", cancellationToken);
        return invalid.Count == 0
            ? new("database structure", true, "every index of the record tables is valid")
            : new("database structure", false, $"invalid indexes: {string.Join(", ", invalid)}");
    }

    public Task<IReadOnlyList<ConsistencyFinding>> SearchIndexesAsync(IReadOnlyList<RecordTable> tables, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ConsistencyFinding>>([]);

    public async Task<IAsyncDisposable> BeginSnapshotAsync(CancellationToken cancellationToken) =>
        await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
}
