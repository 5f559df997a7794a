using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database.Schema;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// The API on a SQLite file: one analyst, or one server with one API process. Search has a trigram full-text index
/// per record table; an export reads its lists on the same connection as its records; the file can be backed up online.
/// </summary>
public sealed class SqliteDialect : IDatabaseDialect
{
    public static readonly SqliteDialect Instance = new();

    private const string DefaultConnectionString = "Data Source=data/opstracker.db";
    private const int TrigramLength = 3;

    // SQLite extended result codes: https://sqlite.org/rescode.html
    private const int ConstraintUnique = 2067;
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintForeignKey = 787;
    private const int Busy = 5;
    private const int Locked = 6;

    private SqliteDialect()
    {
    }

    public string ProviderName => "Microsoft.EntityFrameworkCore.Sqlite";

    public IRecordMachinerySql Machinery { get; } = new SqliteRecordMachinery();

    public IDatabaseBackup Backup { get; } = new SqliteBackup();

    IDatabaseBackup? IDatabaseDialect.Backup => Backup;

    public void AddContextPool(IServiceCollection services, string? connectionString, DatabaseSettings settings)
    {
        var sqlite = ResolveConnectionString(connectionString ?? DefaultConnectionString, settings.ContentRootPath);

        // Microsoft.Data.Sqlite retries a busy statement for the connection's default timeout (it begins
        // transactions with it, not with EF's command timeout), so that too is the busy timeout.
        sqlite = new SqliteConnectionStringBuilder(sqlite) { DefaultTimeout = (int)Math.Ceiling(settings.BusyTimeout.TotalSeconds) }.ToString();
        services.AddDbContextPool<OpsTrackerDbContext, SqliteOpsTrackerDbContext>(options => Configure(options, sqlite, settings.BusyTimeout));
    }

#pragma warning disable EF1001 // ISqliteRelationalConnection: see KeptOpenSqliteRelationalConnection.
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, TimeSpan busyTimeout) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite
                .CommandTimeout((int)Math.Ceiling(busyTimeout.TotalSeconds))
                .UseQuerySplittingBehavior(DatabaseSetup.QuerySplitting))
            .ReplaceService<ISqliteRelationalConnection, KeptOpenSqliteRelationalConnection>()
            .ReplaceService<IQueryCompilationContextFactory, SqliteQueryExecutorContextFactory>()
            .AddInterceptors(new SqliteConnectionTuning(busyTimeout), new SqliteStatementReuse())
            .WithCommonSettings();
#pragma warning restore EF1001

    /// <summary>A relative file is found from the content root, and its folder is made if missing.</summary>
    public static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (NamesFilePath(builder))
        {
            var path = Path.IsPathRooted(dataSource) ? dataSource : Path.GetFullPath(Path.Combine(contentRoot, dataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }

    /// <summary>Whether the data source is a path to a file: not a database in memory, nor a <c>file:</c> URI.</summary>
    public static bool NamesFilePath(SqliteConnectionStringBuilder builder)
    {
        var dataSource = builder.DataSource;
        return !(dataSource.Length == 0 || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// WAL lets readers go on while one writer writes, and is a property of the file: set once, it stays. Where
    /// migrations are pending, the tables that have statistics are noted first, so that those a migration rebuilds,
    /// which lose theirs, get them again. With none pending, nothing is noted: the schema changes only where there is
    /// something to analyse or a note an interrupted start-up left, since each change makes every other connection on
    /// the file (a running API's, too) prepare its statements again.
    /// </summary>
    public async Task MigrateAsync(OpsTrackerDbContext db, Func<CancellationToken, Task> migrate, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await SqliteMigrationStatistics.NoteAnalysedTablesAsync(db, cancellationToken);
        }

        await migrate(cancellationToken);
        await SqliteMigrationStatistics.AnalyseAsync(db, cancellationToken);
    }

    public Task<IAsyncDisposable> AcquireStartupLockAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    /// <summary>Terms shorter than a trigram cannot be looked up in the full-text index: the search column is scanned.</summary>
    public Expression<Func<TEntity, bool>> SearchTextContains<TEntity>(string normalizedTerm)
        where TEntity : RecordEntity =>
        e => e.SearchText.Contains(normalizedTerm);

    /// <summary>
    /// Each record table has a trigram full-text index ("{table}Search", kept in step by triggers), and a quoted phrase
    /// there matches exactly the substrings that contain the term. The table name comes from the model, never from the
    /// request; the term is a parameter.
    /// </summary>
    public IQueryable<long>? FullTextMatches(OpsTrackerDbContext db, string table, string normalizedTerm)
    {
        if (normalizedTerm.Length < TrigramLength)
        {
            return null;
        }

        var index = $"{table}Search";
        var phrase = new SqliteParameter("@searchPhrase", $"\"{normalizedTerm.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
        var sql = $"SELECT rowid AS \"Value\" FROM \"{index}\" WHERE \"{index}\" MATCH @searchPhrase";
        return db.Database.SqlQueryRaw<long>(sql, phrase);
    }

    /// <summary>Both queries run on the context's own connection, inside the read transaction the open records' query holds.</summary>
    public bool NullsSortFirst => true;

    /// <summary>SQLite's planner gives no row estimate a query could read.</summary>
    public Task<long?> EstimateRowsAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => Task.FromResult<long?>(null);

    public Task<ISnapshotReader> OpenSnapshotReaderAsync(OpsTrackerDbContext db, IServiceProvider services, CancellationToken cancellationToken) =>
        Task.FromResult<ISnapshotReader>(new SameConnection(db));

    public bool? IsBusy(Exception exception) =>
        exception is SqliteException sqlite ? sqlite.SqliteErrorCode is Busy or Locked : null;

    public DatabaseErrorKind? Classify(Exception exception) => exception switch
    {
        SqliteException { SqliteExtendedErrorCode: ConstraintUnique or ConstraintPrimaryKey } => DatabaseErrorKind.UniqueViolation,
        SqliteException { SqliteExtendedErrorCode: ConstraintForeignKey } => DatabaseErrorKind.ForeignKeyViolation,
        SqliteException => DatabaseErrorKind.Other,
        _ => null,
    };

    /// <summary>
    /// SQLite has one writer at a time: concurrent writers each waited for the lock, then flushed their own commit.
    /// Sharing the commit makes the wait one transaction and the flush one for all (docs/performance.md).
    /// </summary>
    public bool SharesCommits => true;

    public Task BeforeSharedCommitAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        SqliteWriterJournal.KeepInMemoryAsync(db, cancellationToken);

    public Task AfterSharedCommitAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        SqliteWriterJournal.RestoreDefaultAsync(db, cancellationToken);

    public T Choose<T>(IDialectChoice<T> choice) => choice.ForSqlite();

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class SameConnection(OpsTrackerDbContext db) : ISnapshotReader
    {
        public OpsTrackerDbContext Db { get; } = db;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
