namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>The database refused or failed a backup (see <see cref="IDatabaseBackup.CopyAsync"/>).</summary>
public sealed class DatabaseBackupException(string message, Exception innerException) : Exception(message, innerException);
