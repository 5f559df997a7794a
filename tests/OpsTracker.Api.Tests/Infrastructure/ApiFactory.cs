using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>
/// The real API over HTTP, on a database of its own (a SQLite file, or a PostgreSQL database in the PostgreSQL
/// run) that is deleted afterwards: one factory per test gives every test its own database. Tests with the default
/// settings, or with settings a few test classes share, get theirs from <see cref="ReusedApis"/> (through
/// <see cref="ApiTest"/>), which keeps the host for the next test and gives it a fresh database.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The bootstrap admin key every test API starts with; <see cref="CreateClient"/>'s clients send it.</summary>
    public const string AdminKey = "test-admin-key-0123456789abcdef";

    /// <summary>The header that carries an API key.</summary>
    public const string ApiKeyHeader = "X-Api-Key";

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["SampleData:Enabled"] = "false",
        ["Auth:BootstrapAdminKey"] = AdminKey,
        // A test host answers thousands of requests in seconds, all from one partition (a test server has no client
        // address): limits no test reaches keep the limiter running on every request without refusing any. The
        // rate limit tests set low ones.
        ["RateLimiting:PermitLimit"] = "1000000",
        ["RateLimiting:AnonymousPermitLimit"] = "1000000",
    };

    private bool _pooledConnections;

    private CapturedLogs? _logs;

    private readonly List<IInterceptor> _interceptors = [];

    private readonly bool _ownsDatabase;

    /// <summary>An API on a new database of its own, deleted with the factory.</summary>
    public ApiFactory()
        : this(TestDatabase.Create(), ownsDatabase: true)
    {
    }

    /// <summary>Another API instance on <paramref name="sharedDatabase"/>, which the caller keeps and deletes.</summary>
    public ApiFactory(TestDatabase sharedDatabase)
        : this(sharedDatabase, ownsDatabase: false)
    {
    }

    private ApiFactory(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>The API's database, for tests that look at it (or run the command line on it) from outside.</summary>
    public TestDatabase Database { get; }

    /// <summary>
    /// For an API that <see cref="ReusedApis"/> keeps from one test to the next, the settings it was made with (its
    /// settings are then fixed); null for an API of one test's own.
    /// </summary>
    public string? ReuseKey { get; private set; }

    /// <summary>True once the host is stopped and the factory can serve no more tests.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>An API whose host <see cref="ReusedApis"/> keeps from one test to the next, with fixed settings.</summary>
    internal static ApiFactory Reusable(string reuseKey, IEnumerable<(string Key, string? Value)> settings)
    {
        var factory = new ApiFactory();
        foreach (var (key, value) in settings)
        {
            factory.WithSetting(key, value);
        }

        factory.ReuseKey = reuseKey;
        return factory;
    }

    public ApiFactory WithSetting(string key, string? value)
    {
        ThrowIfReused();
        _settings[key] = value;
        return this;
    }

    /// <summary>Keeps every entry the API logs, besides writing it as usual, for a test to look at.</summary>
    public ApiFactory CaptureLogs(out CapturedLogs logs)
    {
        logs = _logs ??= new CapturedLogs();
        return this;
    }

    /// <summary>Adds an EF Core interceptor to every context of the API, for a test to see or break what the API does.</summary>
    public ApiFactory WithInterceptor(IInterceptor interceptor)
    {
        ThrowIfReused();
        _interceptors.Add(interceptor);
        return this;
    }

    public ApiFactory WithSampleData() => WithSetting("SampleData:Enabled", "true");

    /// <summary>
    /// Keeps SQLite connections open between requests, as production does (PostgreSQL's are always pooled). For a test that
    /// sends hundreds of requests (each new connection runs the API's tuning pragmas, which cost more than a small request)
    /// or one that needs kept connections, whose settings outlive each request.
    /// </summary>
    public ApiFactory WithPooledConnections()
    {
        ThrowIfReused();
        _pooledConnections = true;
        return this;
    }

    /// <summary>A scope on the same database as the API, for checking what was (or was not) written.</summary>
    public OpsTrackerDbContext CreateDbContext() =>
        Services.CreateScope().ServiceProvider.GetRequiredService<OpsTrackerDbContext>();

    /// <summary>A client that sends no API key, as an anonymous reader would.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove(ApiKeyHeader);
        return client;
    }

    /// <summary>A client that sends the given API key instead of the bootstrap admin key.</summary>
    public HttpClient CreateClientWithKey(string key)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Add(ApiKeyHeader, key);
        return client;
    }

    /// <summary>Every client sends the bootstrap admin key, so tests about records need not think about keys.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ApiKeyHeader, AdminKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", TestDatabase.Provider.ToString());
        builder.UseSetting($"ConnectionStrings:{DatabaseSetup.ConnectionStringName}", Database.ConnectionString(_pooledConnections));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(ServerFailureLog.Instance));
        if (_interceptors.Count > 0)
        {
            // The context type registered is the provider's; the other's configuration is never asked for. Singleton, as
            // the pooled contexts' options are.
            builder.ConfigureTestServices(services => services
                .ConfigureDbContext<SqliteOpsTrackerDbContext>(options => options.AddInterceptors(_interceptors), ServiceLifetime.Singleton)
                .ConfigureDbContext<PostgresOpsTrackerDbContext>(options => options.AddInterceptors(_interceptors), ServiceLifetime.Singleton));
        }

        if (_logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    private void ThrowIfReused()
    {
        if (ReuseKey is not null)
        {
            throw new InvalidOperationException(
                "This API is kept for other tests with the same settings, which are fixed; give the test an ApiFactory of its own: ApiTest(new ApiFactory().WithSetting(...)).");
        }
    }

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
        if (_ownsDatabase)
        {
            Database.Dispose();
        }
    }
}
