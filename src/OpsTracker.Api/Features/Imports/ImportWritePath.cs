namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// How one import reaches its database, inside its transaction: the writer of its new records and audit entries, the
/// lookup of stored externalIds, and the bulk mode where the database has one (else null).
/// </summary>
public sealed class ImportWritePath(IImportWriter writer, IStoredExternalIds storedExternalIds, IImportBulkMode? bulkMode) : IDisposable
{
    public IImportWriter Writer { get; } = writer;

    public IStoredExternalIds StoredExternalIds { get; } = storedExternalIds;

    public IImportBulkMode? BulkMode { get; } = bulkMode;

    public void Dispose()
    {
        Writer.Dispose();
        StoredExternalIds.Dispose();
        BulkMode?.Dispose();
    }
}
