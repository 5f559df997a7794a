using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpsTracker.Api.Infrastructure.Database.Postgres;
using OpsTracker.Api.Infrastructure.Database.Sqlite;

using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.Infrastructure.Database;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "OpsTracker";

    /// <summary>
    /// Registers the database named by <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>) with
    /// <c>ConnectionStrings:OpsTracker</c>. The rest of the API asks for <see cref="OpsTrackerDbContext"/> and works
    /// the same on either.
    ///
    /// The contexts are pooled: a request leases one that is already set up (options, internal services, model) and
    /// hands it back reset, instead of building the options and a context's services anew for every request, which
    /// cost more than a by-id read's own query. The context keeps no state of its own between requests.
    /// </summary>
    public static IServiceCollection AddOpsTrackerDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var busyTimeout = TimeSpan.FromSeconds(configuration.GetValue("Database:BusyTimeoutSeconds", 30));
        DatabaseDialects.For(ProviderOf(configuration)).AddContextPool(
            services, configuration.GetConnectionString(ConnectionStringName), new DatabaseSettings(busyTimeout, environment.ContentRootPath));
        return services;
    }

    /// <summary>The provider <c>Database:Provider</c> names; anything but the two known names stops the start-up.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        return name?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"Database:Provider is '{name}'; use 'Sqlite' (the default) or 'Postgres'."),
        };
    }

    /// <summary>The SQLite context's options, as the API registers them (design-time factories and tests use them too).</summary>
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString, TimeSpan busyTimeout) =>
        SqliteDialect.Configure(options, connectionString, busyTimeout);

    /// <summary>
    /// A record read with its citations and link lists loads them in one query: a record has a few of each, so the
    /// joined rows stay few and one round trip beats one per collection. Lists load links per page separately
    /// (<c>RecordLinkValues</c>). Saying so also stops EF warning on every such query's first compilation.
    /// </summary>
    public const QuerySplittingBehavior QuerySplitting = QuerySplittingBehavior.SingleQuery;

    /// <summary>The PostgreSQL context's options, as the API registers them (design-time factories and tests use them too).</summary>
    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        PostgresDialect.Configure(options, connectionString);

    // The link tables (citations) refer to sources, camps and forces, which have the not-deleted query filter; EF
    // warns that a filtered principal may hide required links. Links are never loaded through those principals, and
    // a record cannot be deleted while anything links to it.
    // A failed save, command, query or connection is logged by EF at Error with its exception before the exception
    // reaches the code that called it, even when that is an expected outcome answered on purpose (a unique value a
    // concurrent writer took first: 409; a busy database: 503). Every such exception reaches ApiExceptionHandler, which
    // logs the expected ones as one Information line, or the framework's handler, which logs the rest with the
    // exception at Error; so EF's own events are lowered to Debug rather than logged twice. A transaction's own error
    // is the same: when a client disconnects during a write in a transaction its caller holds, the request's token
    // cancels the save, EF's rollback to its savepoint then fails on the same token (two Error lines per write), and
    // the transaction is rolled back on disposal; a rollback or commit that fails for any other reason throws, and
    // that exception is logged as above.
    // (The commands that run outside requests report theirs themselves: `check` in one line.)
    internal static DbContextOptionsBuilder WithCommonSettings(this DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
            .Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug)));

    /// <summary>
    /// Brings the schema up to date with the committed migrations, then runs <paramref name="afterMigrations"/> (the
    /// sample data's loading), under the start-up lock.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app, Func<IServiceProvider, OpsTrackerDbContext, Task> afterMigrations)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();
        await using var startup = await db.Dialect.AcquireStartupLockAsync(db, CancellationToken.None);
        await MigrateAsync(db);
        await MigratedPersonsAudit.RunAsync(db, scope.ServiceProvider.GetRequiredService<RecordKinds>());
        await afterMigrations(scope.ServiceProvider, db);
    }

    /// <summary>Brings the schema up to date with the committed migrations (the command-line import does only this).</summary>
    public static async Task MigrateAsync(OpsTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Dialect.MigrateAsync(db, db.Database.MigrateAsync, cancellationToken);
        await NamesTextBackfill.RunAsync(db, cancellationToken);
        await PersonSearchTextBackfill.RunAsync(db, cancellationToken);
    }
}
