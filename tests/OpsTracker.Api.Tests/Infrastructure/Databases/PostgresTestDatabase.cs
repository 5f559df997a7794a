using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Tests.Infrastructure.Databases;

/// <summary>
/// A PostgreSQL database copied from a template that this test process migrates once (CREATE DATABASE … TEMPLATE
/// takes a fraction of a second; running the migrations for every test would take seconds). The server is
/// <c>OPSTRACKER_TEST_POSTGRES</c>, a connection string to a role that may create databases, by default the one
/// .ci/run creates.
/// </summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    public const string ServerVariable = "OPSTRACKER_TEST_POSTGRES";
    public const string DefaultServer = "Host=localhost;Port=5432;Username=opstracker;Password=opstracker;Database=postgres";

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _name = $"opstracker_test_{Guid.NewGuid():N}";

    public PostgresTestDatabase()
    {
        ExecuteOnServer($"CREATE DATABASE \"{_name}\" TEMPLATE \"{Template.Value}\";");
    }

    /// <summary>The server the PostgreSQL tests use (its maintenance database).</summary>
    public static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server ? server : DefaultServer;

    /// <summary>Why the PostgreSQL tests cannot run here, or null when the server answers.</summary>
    public static string? Unavailable()
    {
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Timeout = 5, Pooling = false }.ToString());
            connection.Open();
            return null;
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            var host = new NpgsqlConnectionStringBuilder(Server) { Password = null }.ToString();
            return $"PostgreSQL is not reachable at \"{host}\" ({exception.Message}). Set {ServerVariable} to the connection string "
                + "of a role that may create databases, or run bash .ci/run, which installs and starts one (docs/development.md).";
        }
    }

    public override string ConnectionString(bool pooled = false) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ToString();

    public override DbConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString());
        connection.Open();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        using (var connection = new NpgsqlConnection(ConnectionString()))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        ExecuteOnServer($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE);");
    }

    /// <summary>
    /// Migrates a database of this process's own as the template; it is dropped when the process ends. Every test
    /// database is a copy, so the migrations (and the API's start-up migration check) are the API's own.
    /// </summary>
    private static string CreateTemplate()
    {
        var name = $"opstracker_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..50];
        ExecuteOnServer($"CREATE DATABASE \"{name}\";");
        var connectionString = new NpgsqlConnectionStringBuilder(Server) { Database = name, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<PostgresOpsTrackerDbContext>();
        DatabaseSetup.ConfigurePostgres(options, connectionString);
        using (var db = new PostgresOpsTrackerDbContext(options.Options))
        {
            DatabaseSetup.MigrateAsync(db).GetAwaiter().GetResult();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => ExecuteOnServer($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);");
        return name;
    }

    private static void ExecuteOnServer(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
