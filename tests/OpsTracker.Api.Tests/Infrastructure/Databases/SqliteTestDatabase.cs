using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace OpsTracker.Api.Tests.Infrastructure.Databases;

/// <summary>A SQLite file in the temporary folder; the API creates and migrates it on start.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"opstracker-test-{Guid.NewGuid():N}.db");

    public override string ConnectionString(bool pooled = false) => $"Data Source={Path};Pooling={pooled}";

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString());
        connection.Open();
        return connection;
    }

    protected override void Dispose(bool disposing)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(Path + suffix);
        }
    }
}
