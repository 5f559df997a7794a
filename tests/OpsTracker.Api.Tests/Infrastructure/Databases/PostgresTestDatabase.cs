using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Postgres;

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

    /// <summary>How old a test database must be to be taken for one a killed test run left: no run lasts this long.</summary>
    public static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(12);

    private const string StampFormat = "yyyyMMddHHmm";

    private const string TestPrefix = "opstracker_test_";

    private readonly string _name = TestName(DateTime.UtcNow);

    /// <summary>A migrated, empty database (a copy of the template).</summary>
    public PostgresTestDatabase()
        : this(migrated: true)
    {
    }

    private PostgresTestDatabase(bool migrated)
    {
        ExecuteOnServer(migrated ? $"CREATE DATABASE \"{_name}\" TEMPLATE \"{Template.Value}\";" : $"CREATE DATABASE \"{_name}\";");
    }

    /// <summary>A new database with no tables: the API runs every migration on it at start-up.</summary>
    public static PostgresTestDatabase Unmigrated() => new(migrated: false);

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

    public override void Reset()
    {
        Drop();
        ExecuteOnServer($"CREATE DATABASE \"{_name}\" TEMPLATE \"{Template.Value}\";");
    }

    public override DbConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString());
        connection.Open();
        return connection;
    }

    protected override void Dispose(bool disposing) => Drop();

    /// <summary>
    /// Drops the database, ending any connection still open to it. An autovacuum worker at work on it has no role of
    /// its own, and only a superuser or a member of pg_signal_backend may end it (42501; .ci/postgres grants the
    /// membership, a developer's own role may lack it). Without FORCE the server asks autovacuum to stop and waits for
    /// it, so that is the second try; a client connection still closing (55006) is waited for a few times.
    /// </summary>
    private void Drop()
    {
        ClearPool();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                ExecuteOnServer($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE);");
                return;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                try
                {
                    ExecuteOnServer($"DROP DATABASE IF EXISTS \"{_name}\";");
                    return;
                }
                catch (PostgresException retry) when ((retry.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.InsufficientPrivilege) && attempt < 10)
                {
                    Thread.Sleep(200 * attempt);
                }
            }
        }
    }

    /// <summary>
    /// Closes the idle pooled connections to this database: the tests' own, and the API's, whose connection string
    /// (with its statement preparation settings) is a pool of its own.
    /// </summary>
    private void ClearPool()
    {
        foreach (var connectionString in new[] { ConnectionString(), PostgresDialect.WithStatementReuse(ConnectionString()) })
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    /// <summary>
    /// Migrates a database of this process's own as the template; it is dropped when the process ends. Every test
    /// database is a copy, so the migrations (and the API's start-up migration check) are the API's own.
    /// </summary>
    private static string CreateTemplate()
    {
        DropLeftovers(DateTime.UtcNow);
        var name = $"opstracker_template_{Stamp(DateTime.UtcNow)}_{Environment.ProcessId}_{Guid.NewGuid():N}"[..63];
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

    /// <summary>
    /// Drops the test databases created more than <see cref="LeftoverAge"/> before <paramref name="now"/> (their names
    /// say when): a test run that is killed never reaches its drops, and each run would otherwise leave its databases
    /// on the server for good. Without FORCE, so a database still in use is kept; the names of another project, or
    /// undated ones, are never touched. Templates are left: nobody is connected to one between copies, so a test
    /// process alive for longer (a kept test host, a paused debugger) would lose its own.
    /// </summary>
    /// <returns>The databases dropped.</returns>
    public static IReadOnlyList<string> DropLeftovers(DateTime now)
    {
        var dropped = new List<string>();
        foreach (var name in DatabasesNamed(TestPrefix).Where(name => MadeAt(name) is { } made && now - made > LeftoverAge))
        {
            try
            {
                ExecuteOnServer($"DROP DATABASE IF EXISTS \"{name}\";");
                dropped.Add(name);
            }
            catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.InsufficientPrivilege)
            {
                // In use (a run of another checkout still at work), or another role's: kept.
            }
        }

        return dropped;
    }

    /// <summary>A database of the given age, named as the tests name theirs, with no tables (for the cleanup's own test).</summary>
    public static string CreateDatedDatabase(DateTime created)
    {
        var name = TestName(created);
        ExecuteOnServer($"CREATE DATABASE \"{name}\";");
        return name;
    }

    /// <summary>Drops one database by name, if it is there.</summary>
    public static void DropNamed(string name) => ExecuteOnServer($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);");

    /// <summary>The names of the databases on the server that start with <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<string> DatabasesNamed(string prefix)
    {
        using var connection = OpenServer();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)";
        command.Parameters.AddWithValue("prefix", prefix);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string Stamp(DateTime utc) => utc.ToString(StampFormat, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A test database's name: when it was made (UTC, to the minute), then a unique part.</summary>
    private static string TestName(DateTime made) => $"{TestPrefix}{Stamp(made)}_{Guid.NewGuid():N}";

    /// <summary>When a test database named by <see cref="TestName"/> was made; null for a name without that stamp.</summary>
    private static DateTime? MadeAt(string name) =>
        name.Split('_') is [_, _, var stamp, _]
        && DateTime.TryParseExact(stamp, StampFormat, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var made)
            ? made
            : null;

    /// <summary>A connection to the server's maintenance database, unpooled (a test process opens few).</summary>
    private static NpgsqlConnection OpenServer()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ToString());
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void ExecuteOnServer(string sql)
    {
        using var connection = OpenServer();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
