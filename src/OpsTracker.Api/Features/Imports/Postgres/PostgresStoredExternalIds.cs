using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Imports.Postgres;

/// <summary>The stored externalIds of a batch on PostgreSQL: the batch's externalIds go in as one text array.</summary>
public sealed class PostgresStoredExternalIds : IStoredExternalIds
{
    private readonly NpgsqlCommand _find;
    private readonly NpgsqlParameter _externalIds;

    public PostgresStoredExternalIds(IEntityType entityType, NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var table = entityType.GetTableName();
        var id = entityType.FindProperty(nameof(RecordEntity.Id))!.GetColumnName();
        var externalId = entityType.FindProperty(nameof(RecordEntity.ExternalId))!.GetColumnName();
        _find = connection.CreateCommand();
        _find.Transaction = transaction;

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

        _externalIds.Value = externalIds.ToArray();
        await using var reader = await _find.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetString(0)] = reader.GetInt64(1);
        }

        return stored;
    }

    public void Dispose() => _find.Dispose();
}
