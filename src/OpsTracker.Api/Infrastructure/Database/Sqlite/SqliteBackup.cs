using Microsoft.Data.Sqlite;

namespace OpsTracker.Api.Infrastructure.Database.Sqlite;

/// <summary>
/// SQLite's online backup API: a consistent copy while the API may be running and writing. Copying the file instead
/// is unsafe: in WAL mode the latest changes live in the -wal file, and a copy made during a write can be torn.
/// </summary>
public sealed class SqliteBackup : IDatabaseBackup
{
    public string DataFile(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    public async Task CopyAsync(string connectionString, string file, CancellationToken cancellationToken)
    {
        try
        {
            // Unpooled, as every connection of the API: see KeptOpenSqliteConnection.
            await using var live = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
            await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await live.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);
            live.BackupDatabase(copy);
        }
        catch (SqliteException exception)
        {
            throw new DatabaseBackupException(exception.Message, exception);
        }
    }
}
