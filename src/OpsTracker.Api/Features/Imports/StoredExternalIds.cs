using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Finds which externalIds of a batch are stored, and under which ids, in one prepared query (the batch's
/// externalIds go in as one JSON array parameter), on the import's connection and transaction.
/// </summary>
public sealed class StoredExternalIds : IDisposable
{
    private readonly SqliteCommand _find;
    private readonly SqliteParameter _externalIds;

    public StoredExternalIds(IEntityType entityType, SqliteConnection connection, SqliteTransaction transaction)
    {
        var id = entityType.FindProperty(nameof(RecordEntity.Id))!.GetColumnName();
        var externalId = entityType.FindProperty(nameof(RecordEntity.ExternalId))!.GetColumnName();
        _find = connection.CreateCommand();
        _find.Transaction = transaction;
        _find.CommandText = $"SELECT \"{externalId}\", \"{id}\" FROM \"{entityType.GetTableName()}\" "
            + $"WHERE \"{externalId}\" IN (SELECT value FROM json_each($externalIds)) AND {OpsTrackerDbContext.NotDeleted};";
        _externalIds = _find.Parameters.Add("$externalIds", SqliteType.Text);
        _find.Prepare();
    }

    public Dictionary<string, long> Find(IReadOnlyCollection<string> externalIds)
    {
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        if (externalIds.Count == 0)
        {
            return stored;
        }

        _externalIds.Value = JsonSerializer.Serialize(externalIds);
        using var reader = _find.ExecuteReader();
        while (reader.Read())
        {
            stored[reader.GetString(0)] = reader.GetInt64(1);
        }

        return stored;
    }

    public void Dispose() => _find.Dispose();
}
