using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace OpsTracker.Api.Infrastructure.Database;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "OpsTracker";

    private const string DefaultSqliteConnectionString = "Data Source=data/opstracker.db";

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
        var provider = ProviderOf(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var busyTimeout = TimeSpan.FromSeconds(configuration.GetValue("Database:BusyTimeoutSeconds", 30));
        if (provider == DatabaseProvider.Postgres)
        {
            var postgres = PostgresConnectionString(connectionString);
            services.AddDbContextPool<OpsTrackerDbContext, PostgresOpsTrackerDbContext>(options => ConfigurePostgres(options, postgres));
            return services;
        }

        var sqlite = ResolveSqliteConnectionString(connectionString ?? DefaultSqliteConnectionString, environment.ContentRootPath);

        // Microsoft.Data.Sqlite retries a busy statement for the connection's default timeout (it begins
        // transactions with it, not with EF's command timeout), so that too is the busy timeout.
        sqlite = new SqliteConnectionStringBuilder(sqlite) { DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds) }.ToString();
        services.AddDbContextPool<OpsTrackerDbContext, SqliteOpsTrackerDbContext>(options => ConfigureSqlite(options, sqlite, busyTimeout));
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

    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString, TimeSpan busyTimeout) =>
        IgnoreFilteredPrincipalWarning(options
            .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout((int)Math.Ceiling(busyTimeout.TotalSeconds)))
            .AddInterceptors(new SqliteConnectionTuning(busyTimeout)));

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        IgnoreFilteredPrincipalWarning(options.UseNpgsql(connectionString));

    /// <summary>
    /// A PostgreSQL connection string must name its server: the SQLite default of appsettings.json, left in place
    /// when the provider is switched, would otherwise fail on the first request instead of at start-up.
    /// </summary>
    private static string PostgresConnectionString(string? connectionString)
    {
        const string Example = "Host=localhost;Database=opstracker;Username=opstracker;Password=...";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"Database:Provider is Postgres: set ConnectionStrings:{ConnectionStringName}, for example \"{Example}\".");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not a PostgreSQL connection string ({exception.Message}); for example \"{Example}\".", exception);
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} names no PostgreSQL server (Host); for example \"{Example}\".")
            : connectionString;
    }

    // The link tables (citations) refer to sources, camps and forces, which have the not-deleted query filter; EF
    // warns that a filtered principal may hide required links. Links are never loaded through those principals, and
    // a record cannot be deleted while anything links to it.
    // A failed save, command or query is logged by EF at Error with its exception before the exception reaches the
    // code that called it, even when that is an expected outcome answered on purpose (a unique value a concurrent
    // writer took first: 409; a busy database: 503). Every such exception reaches ApiExceptionHandler, which logs the
    // expected ones as one Information line, or the framework's handler, which logs the rest with the exception at
    // Error; so EF's own events are lowered to Debug rather than logged twice.
    private static DbContextOptionsBuilder IgnoreFilteredPrincipalWarning(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
            .Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug)));

    public static string ResolveSqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        var inMemory = dataSource.Length == 0 || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (!inMemory)
        {
            var path = Path.IsPathRooted(dataSource) ? dataSource : Path.GetFullPath(Path.Combine(contentRoot, dataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }

    /// <summary>Brings the schema up to date with the committed migrations, then loads the sample data into an empty database.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();
        await using var startup = await StartupLock.AcquireAsync(db);
        await MigrateAsync(db);

        if (app.Configuration.GetValue("SampleData:Enabled", true))
        {
            await SampleData.SampleDataSeeder.SeedIfEmptyAsync(db);
        }
    }

    /// <summary>Brings the schema up to date with the committed migrations (the command-line import does only this).</summary>
    public static async Task MigrateAsync(OpsTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes, and is a property of the file: set once, it stays.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        await NamesTextBackfill.RunAsync(db, cancellationToken);
    }
}
