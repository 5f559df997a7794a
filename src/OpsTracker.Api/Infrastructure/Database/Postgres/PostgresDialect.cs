using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Npgsql;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database.Schema;

namespace OpsTracker.Api.Infrastructure.Database.Postgres;

/// <summary>
/// The API on a PostgreSQL server: a team's shared database, with any number of API instances. Search reads a pg_trgm
/// GIN index on each record's search text (see <see cref="PostgresOpsTrackerDbContext"/>); an export reads its lists
/// on a second connection in the records' snapshot; instances take turns to migrate.
/// </summary>
public sealed class PostgresDialect : IDatabaseDialect
{
    public static readonly PostgresDialect Instance = new();

    private const string LikeEscape = "\\";

    private PostgresDialect()
    {
    }

    public string ProviderName => "Npgsql.EntityFrameworkCore.PostgreSQL";

    public IRecordMachinerySql Machinery { get; } = new PostgresRecordMachinery();

    /// <summary>A server is backed up with its own tools (pg_dump).</summary>
    public IDatabaseBackup? Backup => null;

    public void AddContextPool(IServiceCollection services, string? connectionString, DatabaseSettings settings)
    {
        var postgres = CheckConnectionString(connectionString);
        services.AddDbContextPool<OpsTrackerDbContext, PostgresOpsTrackerDbContext>(options => Configure(options, postgres));
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithStatementReuse(connectionString), npgsql => npgsql.UseQuerySplittingBehavior(DatabaseSetup.QuerySplitting))
            .ReplaceService<IQueryCompilationContextFactory, PostgresQueryExecutorContextFactory>()
            .WithCommonSettings();

    /// <summary>
    /// The statements the API repeats (a record by id, a page, a count) are prepared on each pooled connection once
    /// used <see cref="AutoPrepareMinUsages"/> times, so PostgreSQL parses and plans them once per connection instead
    /// of on every request (Npgsql's automatic preparation, off unless the connection string asks for it). A
    /// connection string that names either setting keeps its own value of it: <c>Max Auto Prepare=0</c> turns the
    /// preparation off (for a pooler that cannot keep prepared statements).
    /// </summary>
    public static string WithStatementReuse(string connectionString)
    {
        // Npgsql's builder answers every keyword it knows as present: the keys as written tell what was named.
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = MaxAutoPrepared;
        }

        if (!named.Contains(nameof(NpgsqlConnectionStringBuilder.AutoPrepareMinUsages)))
        {
            builder.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }

        return builder.ConnectionString;
    }

    /// <summary>How many statements each connection keeps prepared (Npgsql drops the least recently used past it).</summary>
    public const int MaxAutoPrepared = 128;

    /// <summary>How many times a statement runs on a connection before it is prepared: one-off statements are not.</summary>
    public const int AutoPrepareMinUsages = 3;

    /// <summary>PostgreSQL's planner weighs an index by its columns' statistics, which autovacuum keeps: nothing to add.</summary>
    public Task MigrateAsync(OpsTrackerDbContext db, Func<CancellationToken, Task> migrate, CancellationToken cancellationToken) =>
        migrate(cancellationToken);

    public async Task<IAsyncDisposable> AcquireStartupLockAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) =>
        await PostgresStartupLock.AcquireAsync(db, cancellationToken);

    /// <summary>The search column's pg_trgm GIN index answers <c>LIKE '%term%'</c> without reading every row.</summary>
    public Expression<Func<TEntity, bool>> SearchTextContains<TEntity>(string normalizedTerm)
        where TEntity : RecordEntity
    {
        var pattern = $"%{EscapeLike(normalizedTerm)}%";
        return e => EF.Functions.Like(e.SearchText, pattern, LikeEscape);
    }

    public IQueryable<long>? FullTextMatches(OpsTrackerDbContext db, string table, string normalizedTerm) => null;

    public bool NullsSortFirst => false;

    /// <summary>The planner's row estimate of the query's plan (<c>EXPLAIN</c>, which runs nothing), from the table statistics ANALYZE keeps.</summary>
    public async Task<long?> EstimateRowsAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        var plan = await command.ExecuteScalarAsync(cancellationToken) as string;
        if (plan is null)
        {
            return null;
        }

        using var document = System.Text.Json.JsonDocument.Parse(plan);
        return document.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").TryGetDouble(out var rows) ? (long)Math.Round(rows) : null;
    }

    public async Task<ISnapshotReader> OpenSnapshotReaderAsync(OpsTrackerDbContext db, IServiceProvider services, CancellationToken cancellationToken) =>
        await PostgresSnapshotReader.OpenAsync(db, services, cancellationToken);

    /// <summary>
    /// A deadlock between two writers, a serialization failure, a lock wait past <c>lock_timeout</c>, and a statement
    /// that waited past the command timeout (behind an import's transaction, say): each is safe to retry.
    /// </summary>
    public bool? IsBusy(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.DeadlockDetected
            or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable,
        NpgsqlException { InnerException: TimeoutException } => true,
        NpgsqlException => false,
        _ => null,
    };

    public DatabaseErrorKind? Classify(Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => DatabaseErrorKind.UniqueViolation,
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => DatabaseErrorKind.ForeignKeyViolation,
        NpgsqlException => DatabaseErrorKind.Other,
        _ => null,
    };

    /// <summary>
    /// Not by default, though shared commits double the POSTs a second here (docs/performance.md): PostgreSQL writes
    /// on many connections at once, and one writer would put a write of any table behind one that waits for another
    /// transaction's row locks (an import holds its table's live-count row until it commits), where today only writes
    /// of that table wait. <c>Database:GroupCommit=true</c> turns it on.
    /// </summary>
    public bool SharesCommits => false;

    /// <summary>A savepoint's undo is in the server's own storage: nothing to ready.</summary>
    public Task BeforeSharedCommitAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AfterSharedCommitAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public T Choose<T>(IDialectChoice<T> choice) => choice.ForPostgres();

    /// <summary>
    /// A PostgreSQL connection string must name its server: the SQLite default of appsettings.json, left in place
    /// when the provider is switched, would otherwise fail on the first request instead of at start-up.
    /// </summary>
    private static string CheckConnectionString(string? connectionString)
    {
        const string Example = "Host=localhost;Database=opstracker;Username=opstracker;Password=...";
        const string Name = DatabaseSetup.ConnectionStringName;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"Database:Provider is Postgres: set ConnectionStrings:{Name}, for example \"{Example}\".");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{Name} is not a PostgreSQL connection string ({exception.Message}); for example \"{Example}\".", exception);
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? throw new InvalidOperationException(
                $"ConnectionStrings:{Name} names no PostgreSQL server (Host); for example \"{Example}\".")
            : connectionString;
    }

    /// <summary>The term as a LIKE pattern matches it literally: its own %, _ and backslashes are escaped.</summary>
    private static string EscapeLike(string term) => term
        .Replace(LikeEscape, LikeEscape + LikeEscape, StringComparison.Ordinal)
        .Replace("%", LikeEscape + "%", StringComparison.Ordinal)
        .Replace("_", LikeEscape + "_", StringComparison.Ordinal);
}
