namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Finds which externalIds of a batch are stored, and under which ids, in one prepared query, on the import's
/// connection and transaction (see <see cref="Sqlite.SqliteStoredExternalIds"/>, <see cref="Postgres.PostgresStoredExternalIds"/>).
/// </summary>
public interface IStoredExternalIds : IDisposable
{
    Task<Dictionary<string, long>> FindAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);
}
