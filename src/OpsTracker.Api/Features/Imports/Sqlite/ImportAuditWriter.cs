using Microsoft.Data.Sqlite;
using OpsTracker.Api.Features.Audit;

namespace OpsTracker.Api.Features.Imports.Sqlite;

/// <summary>
/// Writes the audit entry of each record an import writes, through one prepared command in the import's own
/// transaction (so a failed or dry-run import leaves no entries either). The columns are those of
/// <see cref="AuditEntryConfiguration"/>; dates are written in the text form EF Core's SQLite provider uses, so
/// entries written here and by the endpoints sort and filter alike.
/// </summary>
public sealed class ImportAuditWriter : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _at;
    private readonly SqliteParameter _recordId;
    private readonly SqliteParameter _action;
    private readonly SqliteParameter _version;
    private readonly SqliteParameter _before;
    private readonly SqliteParameter _after;

    public ImportAuditWriter(SqliteConnection connection, SqliteTransaction transaction, string resource, string keyName)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = """
            INSERT INTO "AuditEntries" ("At", "KeyName", "Resource", "RecordId", "Action", "Version", "Before", "After")
            VALUES ($at, $keyName, $resource, $recordId, $action, $version, $before, $after);
            """;
        _insert.Parameters.AddWithValue("$keyName", keyName);
        _insert.Parameters.AddWithValue("$resource", resource);
        _at = _insert.Parameters.Add("$at", SqliteType.Text);
        _recordId = _insert.Parameters.Add("$recordId", SqliteType.Integer);
        _action = _insert.Parameters.Add("$action", SqliteType.Text);
        _version = _insert.Parameters.Add("$version", SqliteType.Integer);
        _before = _insert.Parameters.Add("$before", SqliteType.Text);
        _after = _insert.Parameters.Add("$after", SqliteType.Text);
        _insert.Prepare();
    }

    public void Write(AuditEntry entry)
    {
        _at.Value = entry.At.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
        _recordId.Value = entry.RecordId;
        _action.Value = entry.Action.ToString();
        _version.Value = entry.Version;
        _before.Value = (object?)entry.Before ?? DBNull.Value;
        _after.Value = (object?)entry.After ?? DBNull.Value;
        _insert.ExecuteNonQuery();
    }

    public void Dispose() => _insert.Dispose();
}
