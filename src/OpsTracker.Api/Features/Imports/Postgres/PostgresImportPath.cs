using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace OpsTracker.Api.Features.Imports.Postgres;

/// <summary>An import's write path on PostgreSQL: binary COPY and the externalId lookup; it has no bulk mode.</summary>
public static class PostgresImportPath
{
    public static async Task<ImportWritePath> OpenAsync(IEntityType recordType, IEntityType auditType, DbTransaction transaction,
        CancellationToken cancellationToken)
    {
        var postgres = (NpgsqlTransaction)transaction;
        var connection = postgres.Connection!;
        return new ImportWritePath(
            await PostgresImportWriter.CreateAsync(recordType, auditType, connection, cancellationToken),
            new PostgresStoredExternalIds(recordType, connection, postgres),
            null);
    }
}
