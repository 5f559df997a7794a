using System.Data.Common;
using System.Reflection;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Tests.Infrastructure.Databases;

/// <summary>
/// A database of one test's own, on the provider this test assembly runs against: the same tests compile into
/// OpsTracker.Api.Tests (SQLite) and OpsTracker.Api.Tests.Postgres (PostgreSQL), which differ only in the
/// <c>TestDatabase</c> metadata their project file sets. Disposing it deletes the database.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    /// <summary>The provider of this test run.</summary>
    public static DatabaseProvider Provider { get; } = ProviderOfThisAssembly();

    public static bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>A new, migrated, empty database on this run's provider.</summary>
    public static TestDatabase Create() => IsPostgres ? new PostgresTestDatabase() : new SqliteTestDatabase();

    /// <summary>
    /// A new database that nothing has migrated, on this run's provider, for the tests of the API's own start-up
    /// migration (every other test gets a copy of the template, migrated once per test process).
    /// </summary>
    public static TestDatabase CreateUnmigrated() => IsPostgres ? PostgresTestDatabase.Unmigrated() : SqliteTestDatabase.Unmigrated();

    /// <summary>The connection string the API is given; SQLite's keeps connections pooled only when asked.</summary>
    public abstract string ConnectionString(bool pooled = false);

    /// <summary>
    /// Sets the database back to a new copy of the template, under the same name, for the next test on the same API
    /// host (<see cref="ReusedApis"/>). Nothing may be using it.
    /// </summary>
    public abstract void Reset();

    /// <summary>An open connection outside the API, for checking what was (or was not) written.</summary>
    public abstract DbConnection Open();

    /// <summary>The rows of a table (and a condition in SQL both databases read alike), counted outside the API.</summary>
    public long Count(string table, string where = "1 = 1") => Scalar($"SELECT COUNT(*) FROM \"{table}\" WHERE {where}");

    /// <summary>The one number <paramref name="sql"/> answers, read outside the API.</summary>
    public long Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <paramref name="sql"/> outside the API (a test that tampers with what the API keeps).</summary>
    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);

    private static DatabaseProvider ProviderOfThisAssembly()
    {
        var name = typeof(TestDatabase).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "TestDatabase")?.Value;
        return Enum.TryParse<DatabaseProvider>(name, out var provider) ? provider : DatabaseProvider.Sqlite;
    }
}
