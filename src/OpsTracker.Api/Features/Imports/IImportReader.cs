namespace OpsTracker.Api.Features.Imports;

/// <summary>Reads an import's records one at a time, as they arrive, into the resource's own request type.</summary>
public interface IImportReader<TRequest>
    where TRequest : class
{
    /// <summary>How error keys name a record's place: "line" (CSV, NDJSON) or "item" (a JSON array).</summary>
    string PositionName { get; }

    IAsyncEnumerable<ImportRow<TRequest>> ReadAsync(CancellationToken cancellationToken);
}
