using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Reading;

/// <summary>One list of a response read apart from its records: <c>sourceIds</c>, say (see <see cref="RecordProjection{TEntity, TResponse}"/>).</summary>
public abstract class RecordLinkList<TEntity, TResponse>
{
    /// <summary>The list type the response's member holds, made empty for each record by the records' query.</summary>
    public abstract Type ListType { get; }

    /// <summary>
    /// Fills the lists of a sealed chunk's records: reads their link rows in one query, ordered by record and by the
    /// list's own order, and adds each value to its record's list.
    /// </summary>
    public abstract Task FillAsync(OpsTrackerDbContext db, RecordChunk<TResponse> chunk, CancellationToken cancellationToken);
}
