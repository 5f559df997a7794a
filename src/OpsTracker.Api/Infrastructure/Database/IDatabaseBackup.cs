namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>A consistent copy of a database taken while the API may be running and writing (see <see cref="BackupCommand"/>).</summary>
public interface IDatabaseBackup
{
    /// <summary>The file the database named by <paramref name="connectionString"/> lives in.</summary>
    string DataFile(string connectionString);

    /// <summary>Copies the database into the new file <paramref name="file"/>; a failure is a <see cref="DatabaseBackupException"/>.</summary>
    Task CopyAsync(string connectionString, string file, CancellationToken cancellationToken);
}
