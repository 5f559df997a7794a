using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsTracker.Api.Infrastructure.Database;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "OpsTracker";

    /// <summary>
    /// Registers the database. A relative SQLite file path is taken from the app's content root, not from
    /// wherever the command was started, so the same file is used however the API is launched.
    /// </summary>
    public static IServiceCollection AddOpsTrackerDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = ResolveSqliteConnectionString(
            configuration.GetConnectionString(ConnectionStringName) ?? "Data Source=data/opstracker.db",
            environment.ContentRootPath);
        var busyTimeout = TimeSpan.FromSeconds(configuration.GetValue("Database:BusyTimeoutSeconds", 30));

        // Microsoft.Data.Sqlite retries a busy statement for the connection's default timeout (it begins
        // transactions with it, not with EF's command timeout), so that too is the busy timeout.
        connectionString = new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds) }.ToString();
        services.AddDbContext<OpsTrackerDbContext>(options => options
            .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout((int)Math.Ceiling(busyTimeout.TotalSeconds)))
            .AddInterceptors(new SqliteConnectionTuning(busyTimeout))
            // The link tables (citations) refer to sources, camps and forces, which have the not-deleted query
            // filter; EF warns that a filtered principal may hide required links. Links are never loaded through
            // those principals, and a record cannot be deleted while anything links to it.
            .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)));
        return services;
    }

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
        await MigrateAsync(db);

        if (app.Configuration.GetValue("SampleData:Enabled", true))
        {
            await SampleData.SampleDataSeeder.SeedIfEmptyAsync(db);
        }
    }

    /// <summary>Brings the schema up to date with the committed migrations (the command-line import does only this).</summary>
    public static async Task MigrateAsync(OpsTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        // WAL lets readers go on while one writer writes, and is a property of the file: set once, it stays.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await NamesTextBackfill.RunAsync(db, cancellationToken);
    }
}
