using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Audit;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Where an import writes its new records and audit entries, inside the import's transaction. Each database has its
/// own fast path (<see cref="Sqlite.SqliteImportWriter"/>, <see cref="Postgres.PostgresImportWriter"/>); the import runner sees only
/// this. Updates go through the change tracker on either, as a PUT does.
/// </summary>
public interface IImportWriter : IDisposable
{
    /// <summary>Makes ids ready for the next <paramref name="count"/> calls of <see cref="Insert"/>; call it before each batch's inserts.</summary>
    Task ReserveIdsAsync(int count, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="record"/>, stamped, with its link rows; sets and returns its new id. The record may be
    /// held until <see cref="FlushAsync"/>, so it must not change after this call.
    /// </summary>
    long Insert(RecordEntity record);

    /// <summary>Writes an audit entry (held, like records, until <see cref="FlushAsync"/>).</summary>
    void Write(AuditEntry entry);

    /// <summary>Writes whatever is held, at the end of each batch, so the next batch's lookups see this one's records.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
