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
        var table = entityType.GetTableName();
        var id = entityType.FindProperty(nameof(RecordEntity.Id))!.GetColumnName();
        var externalId = entityType.FindProperty(nameof(RecordEntity.ExternalId))!.GetColumnName();
        _find = connection.CreateCommand();
        _find.Transaction = transaction;
        _asJson = connection is not NpgsqlConnection;
        if (_asJson)
        {
            _find.CommandText = $"SELECT \"{externalId}\", \"{id}\" FROM \"{table}\" "
                + $"WHERE \"{externalId}\" IN (SELECT value FROM json_each($externalIds)) AND {OpsTrackerDbContext.NotDeleted};";
            _externalIds = new SqliteParameter("$externalIds", SqliteType.Text);
            _find.Parameters.Add(_externalIds);
            _find.Prepare();
            return;
        }

        // One probe of the unique externalId index per externalId (LIMIT keeps it a nested loop): planned as "= ANY",
        // PostgreSQL scanned the whole table, growing with every batch, wherever it judged that cheaper than a
        // thousand probes. Unprepared, each batch is planned for the table as it is (see PostgresImportWriter).
        _find.CommandText = $"SELECT e.\"ExternalId\", r.\"{id}\" FROM unnest(@externalIds) AS e(\"ExternalId\") "
            + $"CROSS JOIN LATERAL (SELECT \"{id}\" FROM \"{table}\" WHERE \"{externalId}\" = e.\"ExternalId\" AND {OpsTrackerDbContext.NotDeleted} LIMIT 1) AS r;";
        _externalIds = new NpgsqlParameter("externalIds", NpgsqlDbType.Array | NpgsqlDbType.Text);
        _find.Parameters.Add(_externalIds);
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
