using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// Lets one API instance at a time migrate and seed a shared PostgreSQL database: instances started together behind
/// a load balancer would otherwise both find the database empty and both load the sample data. It is a session
/// advisory lock on the context's connection, held until disposed; on SQLite (one process per file) it does nothing.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    // Any key every instance agrees on (the bytes of "OpsTStar").
    private const string Lock = "SELECT pg_advisory_lock(5724201932402483570);";
    private const string Unlock = "SELECT pg_advisory_unlock(5724201932402483570);";

    private readonly OpsTrackerDbContext? _db;

    private StartupLock(OpsTrackerDbContext? db) => _db = db;

    public static async Task<StartupLock> AcquireAsync(OpsTrackerDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsNpgsql())
        {
            return new StartupLock(null);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(Lock, cancellationToken);
        return new StartupLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }

        await _db.Database.ExecuteSqlRawAsync(Unlock);
        await _db.Database.CloseConnectionAsync();
    }
}
