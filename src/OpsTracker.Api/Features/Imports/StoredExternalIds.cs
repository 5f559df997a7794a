using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Finds which externalIds of a batch are stored, and under which ids, in one prepared query, on the import's
/// connection and transaction. The batch's externalIds go in as one parameter: a JSON array on SQLite (read with
/// json_each), a text array on PostgreSQL (<c>= ANY</c>).
/// </summary>
public sealed class StoredExternalIds : IDisposable
{
    private readonly DbCommand _find;
    private readonly DbParameter _externalIds;
    private readonly bool _asJson;

    public StoredExternalIds(IEntityType entityType, DbConnection connection, DbTransaction transaction)
    {
        var id = entityType.FindProperty(nameof(RecordEntity.Id))!.GetColumnName();
        var externalId = entityType.FindProperty(nameof(RecordEntity.ExternalId))!.GetColumnName();
        _find = connection.CreateCommand();
        _find.Transaction = transaction;
        _asJson = connection is not NpgsqlConnection;
        var among = _asJson ? "IN (SELECT value FROM json_each($externalIds))" : "= ANY(@externalIds)";
        _find.CommandText = $"SELECT \"{externalId}\", \"{id}\" FROM \"{entityType.GetTableName()}\" "
            + $"WHERE \"{externalId}\" {among} AND {OpsTrackerDbContext.NotDeleted};";
        _externalIds = _asJson
            ? new SqliteParameter("$externalIds", SqliteType.Text)
            : new NpgsqlParameter("externalIds", NpgsqlDbType.Array | NpgsqlDbType.Text);
        _find.Parameters.Add(_externalIds);

        // PostgreSQL would keep the plan it first made, for a table the import has barely begun to fill: a scan of
        // the whole table, which grows with every batch. Unprepared, each batch is planned for the table as it is.
        if (_asJson)
        {
            _find.Prepare();
        }
    }

    public async Task<Dictionary<string, long>> FindAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        if (externalIds.Count == 0)
        {
            return stored;
        }

        _externalIds.Value = _asJson ? JsonSerializer.Serialize(externalIds) : externalIds.ToArray();
        await using var reader = await _find.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetString(0)] = reader.GetInt64(1);
        }

        return stored;
    }

    public void Dispose() => _find.Dispose();
}
