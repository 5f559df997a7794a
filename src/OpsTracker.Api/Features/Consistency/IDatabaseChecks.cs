namespace OpsTracker.Api.Features.Consistency;

/// <summary>
/// What the consistency check does its own way on each database (chosen by <see cref="DatabaseChecks"/>): the
/// database's own structure check, the search indexes that live beside the tables, a period's length and the rollups' sums in SQL, and a
/// read snapshot that does not block writers.
/// </summary>
public interface IDatabaseChecks
{
    /// <summary>A SQL expression of a row's period in whole days, from its "StartDate" and "EndDate" columns.</summary>
    string PeriodDaysSql { get; }

    /// <summary>A SELECT of the rollup rows the live records make (<see cref="Infrastructure.Database.Schema.RollupSql.AllSums"/>), in this database's SQL.</summary>
    string RollupSumsSql { get; }

    /// <summary>The database's own check of its pages and indexes, as one finding.</summary>
    Task<ConsistencyFinding> StructureAsync(IReadOnlyList<RecordTable> tables, CancellationToken cancellationToken);

    /// <summary>Whether each search index kept apart from its table holds exactly the table's search text (none where the index is the table's own).</summary>
    Task<IReadOnlyList<ConsistencyFinding>> SearchIndexesAsync(IReadOnlyList<RecordTable> tables, CancellationToken cancellationToken);

    /// <summary>Opens one read-only state of the database for the checks that follow, until disposed, without blocking writers.</summary>
    Task<IAsyncDisposable> BeginSnapshotAsync(CancellationToken cancellationToken);
}
