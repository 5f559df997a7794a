namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>A context that reads from the same snapshot as a query still being read on another (see <see cref="IDatabaseDialect.OpenSnapshotReaderAsync"/>).</summary>
public interface ISnapshotReader : IAsyncDisposable
{
    /// <summary>The context to read through.</summary>
    OpsTrackerDbContext Db { get; }
}
