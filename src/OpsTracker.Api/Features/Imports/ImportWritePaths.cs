using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Features.Imports.Postgres;
using OpsTracker.Api.Features.Imports.Sqlite;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// An import's write path on each database, for its dialect to choose (<see cref="IDatabaseDialect.Choose"/>): on
/// SQLite prepared inserts, with bulk mode when <paramref name="allowBulkMode"/>; on PostgreSQL binary COPY.
/// </summary>
public sealed class ImportWritePaths(
    IEntityType recordType, IEntityType auditType, DbTransaction transaction, string resource, string actor, bool allowBulkMode,
    ILogger logger, CancellationToken cancellationToken)
    : IDialectChoice<Task<ImportWritePath>>
{
    public Task<ImportWritePath> ForSqlite() =>
        Task.FromResult(SqliteImportPath.Open(recordType, transaction, resource, actor, allowBulkMode, logger));

    public Task<ImportWritePath> ForPostgres() =>
        PostgresImportPath.OpenAsync(recordType, auditType, transaction, cancellationToken);
}
