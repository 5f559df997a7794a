using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Stats;

/// <summary>How many records have each status (see querying.md, Statuses).</summary>
public sealed record StatusCounts(long SingleSource, long Corroborated, long Contested)
{
    public static readonly StatusCounts None = new(0, 0, 0);

    /// <summary>The records counted by status, by the database from the status index.</summary>
    public static async Task<StatusCounts> OfAsync<T>(IQueryable<T> records, CancellationToken cancellationToken)
        where T : ReportRecordEntity
    {
        var counts = await records.GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Of(counts);
    }

    /// <summary>The counts of a grouping by status; a status with no group counts 0.</summary>
    public static StatusCounts Of(IReadOnlyDictionary<RecordStatus, long> counts) => new(
        counts.GetValueOrDefault(RecordStatus.SingleSource),
        counts.GetValueOrDefault(RecordStatus.Corroborated),
        counts.GetValueOrDefault(RecordStatus.Contested));
}
