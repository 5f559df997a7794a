using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpsTracker.Api.Features.Imports.Sqlite;

/// <summary>An import's write path on SQLite: prepared inserts, the externalId lookup, and bulk mode (its indexes only where allowed).</summary>
public static class SqliteImportPath
{
    public static ImportWritePath Open(IEntityType recordType, DbTransaction transaction, string resource, string actor, bool allowBulkMode,
        ILogger logger)
    {
        var sqlite = (SqliteTransaction)transaction;
        var connection = sqlite.Connection!;

        // Every import fills the full-text index in one pass at its end; only where allowed does it drop indexes too.
        var bulkMode = new ImportBulkMode(recordType, connection, sqlite, mayDropIndexes: allowBulkMode);
        try
        {
            bulkMode.Begin();
            return new ImportWritePath(
                new SqliteImportWriter(recordType, connection, sqlite, resource, actor, logger),
                new SqliteStoredExternalIds(recordType, connection, sqlite),
                bulkMode);
        }
        catch
        {
            // Begin's settings are the connection's: the rollback that follows does not take them back.
            bulkMode.Dispose();
            throw;
        }
    }
}
