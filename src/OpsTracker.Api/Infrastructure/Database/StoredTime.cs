namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>
/// The time a write stamps on what it stores, cut to whole microseconds: PostgreSQL keeps microseconds, .NET ticks
/// are a tenth of one. An answer built from the entity in memory (a POST's, an audit entry's "after") then says
/// exactly what a later GET reads back, on either database.
/// </summary>
public static class StoredTime
{
    public static DateTime Now()
    {
        var now = DateTime.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
