using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Infrastructure.Database.Sqlite;

namespace OpsTracker.Api.Features.Imports.Sqlite;

/// <summary>
/// An import's writes on SQLite: each record, and the audit entry of each record it updates, is inserted as it comes, through prepared commands
/// (<see cref="EntityInserter"/>, <see cref="ImportAuditWriter"/>). The transaction holds SQLite's write lock, so
/// the inserter chooses ids itself and nothing is held back for a flush.
/// </summary>
public sealed class SqliteImportWriter(
    IEntityType entityType, SqliteConnection connection, SqliteTransaction transaction, string resource, string keyName, ILogger logger)
    : IImportWriter
{
    private readonly EntityInserter _records = new(entityType, connection, transaction, logger);
    private readonly ImportAuditWriter _audit = new(connection, transaction, resource, keyName);

    public Task ReserveIdsAsync(int count, CancellationToken cancellationToken) => Task.CompletedTask;

    public long Insert(RecordEntity record) => _records.Insert(record);

    public void Write(AuditEntry entry) => _audit.Write(entry);

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _records.Dispose();
        _audit.Dispose();
    }
}
