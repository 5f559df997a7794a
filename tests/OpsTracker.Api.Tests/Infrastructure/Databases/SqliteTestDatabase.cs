using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Tests.Infrastructure.Databases;

/// <summary>
/// A SQLite file in the temporary folder, copied from a template that this test process migrates once (copying a
/// file costs far less than running every migration on a new one). The API finds the copy migrated at start-up, as
/// it would a database it had migrated itself; <see cref="Unmigrated"/> is for the tests of that start-up migration.
/// </summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A migrated, empty database (a copy of the template).</summary>
    public SqliteTestDatabase()
        : this(migrated: true)
    {
    }

    private SqliteTestDatabase(bool migrated)
    {
        if (migrated)
        {
            File.Copy(Template.Value, Path);
        }
    }

    public string Path { get; } = NewPath("test");

    /// <summary>A path where no file is yet: the API creates the database there and runs every migration on it.</summary>
    public static SqliteTestDatabase Unmigrated() => new(migrated: false);

    public override string ConnectionString(bool pooled = false) => $"Data Source={Path};Pooling={pooled}";

    /// <summary>
    /// Deletes the file before copying, rather than copying over it: a connection somebody forgot to close keeps the
    /// old file, and cannot write into the new one. (A reused API's connections are not pooled.)
    /// </summary>
    public override void Reset()
    {
        Delete(Path);
        File.Copy(Template.Value, Path);
    }

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// Deletes the file. No connection to it is pooled: the API's kept connections are native connections of their own
    /// and the others are opened with <c>Pooling=False</c>, so there is no pool to clear; and clearing every pool
    /// (<c>SqliteConnection.ClearAllPools</c>) while other tests' hosts open connections can hand one native connection
    /// to two of them (docs/development.md).
    /// </summary>
    protected override void Dispose(bool disposing) => Delete(Path);

    /// <summary>
    /// Migrates a file of this process's own, through the API's own <see cref="DatabaseSetup.MigrateAsync"/>, as the
    /// template; it is deleted when the process ends. Its connections are not pooled, so closing the last one
    /// checkpoints the write-ahead log into the file and removes it: the file alone is then the whole database, and a
    /// plain copy of it is complete (the copy is in WAL mode too, which is a property of the file).
    /// </summary>
    private static string CreateTemplate()
    {
        var path = NewPath("template");
        var connectionString = $"Data Source={path};Pooling=False";
        var options = new DbContextOptionsBuilder<SqliteOpsTrackerDbContext>();
        DatabaseSetup.ConfigureSqlite(options, connectionString, TimeSpan.FromSeconds(30));
        using (var db = new SqliteOpsTrackerDbContext(options.Options))
        {
            DatabaseSetup.MigrateAsync(db).GetAwaiter().GetResult();
        }

        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        if (File.Exists(path + "-wal"))
        {
            throw new InvalidOperationException($"The template database {path} still has a write-ahead log after its last connection closed.");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(path);
        return path;
    }

    private static string NewPath(string kind) =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"opstracker-{kind}-{Guid.NewGuid():N}.db");

    private static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(path + suffix);
        }
    }
}
