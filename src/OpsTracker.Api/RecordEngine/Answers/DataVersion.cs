using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Counters;

namespace OpsTracker.Api.RecordEngine.Answers;

/// <summary>
/// The version of the records an answer reads: the sum of every record table's data version (LiveRecordCounts), which
/// the tables' triggers raise on every insert, update and delete, whichever API instance or import makes it. Every
/// table, not only the one listed: a list reads others through its filters (q reads camps and forces, minReliability
/// sources, forceId operations), and the stats read several; the sum of versions that only rise changes whenever
/// any of them does.
/// </summary>
public static class DataVersion
{
    private static readonly Func<OpsTrackerDbContext, CancellationToken, Task<long>> Sum =
        EF.CompileAsyncQuery((OpsTrackerDbContext db, CancellationToken _) => db.Set<LiveRecordCount>().Sum(c => c.Version));

    public static Task<long> ReadAsync(OpsTrackerDbContext db, CancellationToken cancellationToken) => Sum(db, cancellationToken);
}
