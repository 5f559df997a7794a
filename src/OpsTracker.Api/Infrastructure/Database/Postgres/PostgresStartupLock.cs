using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Infrastructure.Database.Postgres;

/// <summary>
/// Lets one API instance at a time migrate and seed a shared PostgreSQL database: a session advisory lock on the
/// context's connection, held until disposed.
/// </summary>
public sealed class PostgresStartupLock : IAsyncDisposable
{
    // Any key every instance agrees on (the bytes of "OpsTStar").
    private const string Lock = "SELECT pg_advisory_lock(5724201932402483570);";
    private const string Unlock = "SELECT pg_advisory_unlock(5724201932402483570);";

    private readonly OpsTrackerDbContext _db;

    private PostgresStartupLock(OpsTrackerDbContext db) => _db = db;

    public static async Task<PostgresStartupLock> AcquireAsync(OpsTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Lock, cancellationToken);
        return new PostgresStartupLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.Database.ExecuteSqlRawAsync(Unlock);
        await _db.Database.CloseConnectionAsync();
    }
}
