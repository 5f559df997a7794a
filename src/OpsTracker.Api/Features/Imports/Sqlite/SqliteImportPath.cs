using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpsTracker.Api.Features.Imports.Sqlite;

/// <summary>An import's write path on SQLite: prepared inserts, the externalId lookup, and bulk mode where allowed.</summary>
public static class SqliteImportPath
{
    public static ImportWritePath Open(IEntityType recordType, DbTransaction transaction, string resource, string actor, bool allowBulkMode)
    {
        var sqlite = (SqliteTransaction)transaction;
        var connection = sqlite.Connection!;
        return new ImportWritePath(
            new SqliteImportWriter(recordType, connection, sqlite, resource, actor),
            new SqliteStoredExternalIds(recordType, connection, sqlite),
            allowBulkMode ? new ImportBulkMode(recordType, connection, sqlite) : null);
    }
}
