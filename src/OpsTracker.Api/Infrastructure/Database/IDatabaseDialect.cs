using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database.Schema;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Everything the API does differently on SQLite and on PostgreSQL, behind one interface: the rest of the code asks
/// its context's dialect (<see cref="OpsTrackerDbContext.Dialect"/>) and never which database it runs on. The two
/// implementations, <see cref="Sqlite.SqliteDialect"/> and <see cref="Postgres.PostgresDialect"/>, each sit in a folder
/// of their own with the classes only their database needs; <see cref="DatabaseDialects"/> picks one from the
/// configuration.
/// </summary>
public interface IDatabaseDialect
{
    /// <summary>The EF Core provider's name, as a migration sees it (<c>migrationBuilder.ActiveProvider</c>).</summary>
    string ProviderName { get; }

    /// <summary>The SQL of the record machinery that EF's model cannot describe, by version, for migrations to call.</summary>
    IRecordMachinerySql Machinery { get; }

    /// <summary>
    /// Registers the pooled context on this database with <paramref name="connectionString"/> (the configured one, or
    /// null), checking it first, so that a wrong setting stops the start-up instead of failing the first request.
    /// </summary>
    void AddContextPool(IServiceCollection services, string? connectionString, DatabaseSettings settings);

    /// <summary>
    /// Runs <paramref name="migrate"/> with what the database needs around the migrations (SQLite: WAL, a property of
    /// the file, before them; statistics for the indexes they added or rebuilt, after).
    /// </summary>
    Task MigrateAsync(OpsTrackerDbContext db, Func<CancellationToken, Task> migrate, CancellationToken cancellationToken);

    /// <summary>
    /// Lets one API instance at a time migrate and seed a shared database, until disposed: instances started together
    /// would otherwise both find it empty and both load the sample data. A file database has one process: nothing.
    /// </summary>
    Task<IAsyncDisposable> AcquireStartupLockAsync(OpsTrackerDbContext db, CancellationToken cancellationToken);

    /// <summary>The records whose search text contains the normalized term, as a condition of the records' query.</summary>
    Expression<Func<TEntity, bool>> SearchTextContains<TEntity>(string normalizedTerm)
        where TEntity : RecordEntity;

    /// <summary>
    /// The ids of the records of <paramref name="table"/> whose search text contains the term, answered by a full-text
    /// index without reading the rows (deleted records possibly among them), or null where no such index answers it.
    /// </summary>
    IQueryable<long>? FullTextMatches(OpsTrackerDbContext db, string table, string normalizedTerm);

    /// <summary>
    /// Opened before an export's records query runs: a context that reads the records' lists while that query is
    /// still being read, from the same snapshot of the database as the records.
    /// </summary>
    Task<ISnapshotReader> OpenSnapshotReaderAsync(OpsTrackerDbContext db, IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the database sorts nulls before every value in ascending order (SQLite) or after them (PostgreSQL): where
    /// a keyset page after a record with no value in its sort field starts.
    /// </summary>
    bool NullsSortFirst { get; }

    /// <summary>
    /// The database's own estimate of how many rows <paramref name="query"/> answers, from its planner's statistics,
    /// without running it; null where the database gives none.
    /// </summary>
    Task<long?> EstimateRowsAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>The database's online backup, or null where it has none (a server is backed up with its own tools).</summary>
    IDatabaseBackup? Backup { get; }

    /// <summary>
    /// For an exception of this database's own driver: true when other writers held the database too long (safe to
    /// retry); null for any other exception.
    /// </summary>
    bool? IsBusy(Exception exception);

    /// <summary>For an exception of this database's own driver: the constraint a write broke; null for any other exception.</summary>
    DatabaseErrorKind? Classify(Exception exception);

    /// <summary>
    /// Whether concurrent record writes are committed together, in one transaction of one writer (group commit), by
    /// default (<c>Database:GroupCommit</c> overrides it): true where the database takes one writer at a time and each
    /// commit is a flush to disk of its own (SQLite).
    /// </summary>
    bool SharesCommits { get; }

    /// <summary>
    /// Readies the connection of <paramref name="db"/> for one shared commit's transaction (<c>RecordWriter</c>), before
    /// it begins: SQLite keeps the journal of its savepoints in memory (<see cref="Sqlite.SqliteWriterJournal"/>).
    /// </summary>
    Task BeforeSharedCommitAsync(OpsTrackerDbContext db, CancellationToken cancellationToken);

    /// <summary>Undoes <see cref="BeforeSharedCommitAsync"/> once the shared commit's transaction has ended.</summary>
    Task AfterSharedCommitAsync(OpsTrackerDbContext db, CancellationToken cancellationToken);

    /// <summary>Hands <paramref name="choice"/> this database's own implementation of something a feature does its own way on each.</summary>
    T Choose<T>(IDialectChoice<T> choice);
}
