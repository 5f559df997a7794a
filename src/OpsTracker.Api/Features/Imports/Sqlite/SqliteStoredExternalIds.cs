using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Imports.Sqlite;

/// <summary>The stored externalIds of a batch on SQLite: the batch's externalIds go in as one JSON array, read with json_each.</summary>
public sealed class SqliteStoredExternalIds : IStoredExternalIds
{
    private readonly SqliteCommand _find;
    private readonly SqliteParameter _externalIds;

    public SqliteStoredExternalIds(IEntityType entityType, SqliteConnection connection, SqliteTransaction transaction)
    {
        var table = entityType.GetTableName();
        var id = entityType.FindProperty(nameof(RecordEntity.Id))!.GetColumnName();
        var externalId = entityType.FindProperty(nameof(RecordEntity.ExternalId))!.GetColumnName();
        _find = connection.CreateCommand();
        _find.Transaction = transaction;
        _find.CommandText = $"SELECT \"{externalId}\", \"{id}\" FROM \"{table}\" "
            + $"WHERE \"{externalId}\" IN (SELECT value FROM json_each($externalIds)) AND {OpsTrackerDbContext.NotDeleted};";
        _externalIds = new SqliteParameter("$externalIds", SqliteType.Text);
        _find.Parameters.Add(_externalIds);
        _find.Prepare();
    }

    public async Task<Dictionary<string, long>> FindAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        if (externalIds.Count == 0)
        {
            return stored;
        }

        _externalIds.Value = JsonSerializer.Serialize(externalIds);
        await using var reader = await _find.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetString(0)] = reader.GetInt64(1);
        }

        return stored;
    }

    public void Dispose() => _find.Dispose();
}
