using Npgsql;

namespace OpsTracker.Benchmarks;

/// <summary>
/// The database a benchmark imports into, as the API is told of it (<c>Database__Provider</c> and the connection
/// string): a fresh SQLite file in the work folder, left there afterwards, or a PostgreSQL database of the run's own
/// on the server <c>OPSTRACKER_BENCH_POSTGRES</c> names (by default the local one), dropped afterwards.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "OPSTRACKER_BENCH_POSTGRES";
    public const string DefaultPostgresServer = "Host=localhost;Port=5432;Username=opstracker;Password=opstracker;Database=postgres";

    private readonly string? _postgresName;

    private BenchmarkDatabase(string provider, string connectionString, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
    }

    /// <summary>The API's name for the provider: <c>Sqlite</c> or <c>Postgres</c>.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    public string Description => _postgresName is null ? "SQLite" : "PostgreSQL";

    /// <summary>A SQLite file in <paramref name="work"/>, deleted first if an earlier run left one.</summary>
    public static BenchmarkDatabase SqliteFile(string work, string name)
    {
        var path = Path.Combine(work, name);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }

        return new BenchmarkDatabase("Sqlite", $"Data Source={path}", null);
    }

    /// <summary>A SQLite file that is there already (a dataset of the suite's), kept as it is.</summary>
    public static BenchmarkDatabase ExistingSqliteFile(string path) => new("Sqlite", $"Data Source={path}", null);

    /// <summary>A new, empty PostgreSQL database; the API or the command line migrates it when it starts.</summary>
    public static async Task<BenchmarkDatabase> CreatePostgresAsync(string purpose)
    {
        var name = $"opstracker_bench_{purpose}_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync($"CREATE DATABASE \"{name}\";");
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();
        return new BenchmarkDatabase("Postgres", connectionString, name);
    }

    /// <summary>Points a process started for the API (the server or its command line) at this database.</summary>
    public void Apply(IDictionary<string, string?> environment)
    {
        environment["Database__Provider"] = Provider;
        environment["ConnectionStrings__OpsTracker"] = ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE);");
        }
    }

    private static string Server => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : DefaultPostgresServer;

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
