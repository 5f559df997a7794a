using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

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
        services.AddDbContext<OpsTrackerDbContext>(options => options.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionTuning()));
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
        await db.Database.MigrateAsync(cancellationToken);
        await NamesTextBackfill.RunAsync(db, cancellationToken);
    }
}
