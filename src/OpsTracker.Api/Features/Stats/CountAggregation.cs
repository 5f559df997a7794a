using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// Sums counts in the database, grouped by a key, with the same bound rules as <see cref="ReportedCount.LowerBound"/>
/// and <see cref="ReportedCount.UpperBound"/>: exact best..best; approximately and range low..high (best where one is
/// missing); atLeast (low or best)..unbounded; moreThan (low or best+1)..unbounded; atMost (low or 0)..(high or best);
/// lessThan (low or 0)..(high or best-1).
/// </summary>
public static class CountAggregation
{
    public static async Task<List<(TKey Key, CountTotals Totals)>> SumByAsync<T, TKey>(
        IQueryable<T> records, Expression<Func<T, TKey>> key, CancellationToken cancellationToken)
        where T : ReportRecordEntity
    {
        var rows = await Sums(records, key).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Key, new CountTotals(r.Best, r.Low, r.Unbounded > 0 ? null : r.High, r.Records))).ToList();
    }

    /// <summary>
    /// What the running total of <paramref name="metric"/> holds when it agrees with <paramref name="records"/>: the
    /// raw sums the triggers keep (the upper bounds of the bounded records apart from the number of unbounded ones).
    /// </summary>
    public static async Task<RunningTotal> RunningTotalOfAsync<T>(IQueryable<T> records, string metric, CancellationToken cancellationToken)
        where T : ReportRecordEntity
    {
        var groups = await Sums(records, e => e.Count.Qualifier).ToListAsync(cancellationToken);
        return new RunningTotal
        {
            Metric = metric,
            Best = groups.Sum(g => g.Best),
            Low = groups.Sum(g => g.Low),
            High = groups.Sum(g => g.High),
            Unbounded = groups.Sum(g => (long)g.Unbounded),
            Records = groups.Sum(g => (long)g.Records),
        };
    }

    private static IQueryable<CountSums<TKey>> Sums<T, TKey>(IQueryable<T> records, Expression<Func<T, TKey>> key)
        where T : ReportRecordEntity =>
        records
            .GroupBy(key)
            .Select(g => new CountSums<TKey>
            {
                Key = g.Key,
                Best = g.Sum(e => (long)e.Count.Best),
                Low = g.Sum(e => e.Count.Qualifier == CountQualifier.MoreThan
                    ? (long)(e.Count.Low ?? e.Count.Best + 1)
                    : e.Count.Qualifier == CountQualifier.AtMost || e.Count.Qualifier == CountQualifier.LessThan
                        ? (long)(e.Count.Low ?? 0)
                        : (long)(e.Count.Low ?? e.Count.Best)),
                High = g.Sum(e => e.Count.Qualifier == CountQualifier.AtLeast || e.Count.Qualifier == CountQualifier.MoreThan
                    ? 0L
                    : e.Count.Qualifier == CountQualifier.LessThan
                        ? (long)(e.Count.High ?? e.Count.Best - 1)
                        : (long)(e.Count.High ?? e.Count.Best)),
                Unbounded = g.Count(e => e.Count.Qualifier == CountQualifier.AtLeast || e.Count.Qualifier == CountQualifier.MoreThan),
                Records = g.Count(),
            });

    /// <summary>One group's sums, as the database adds them up; <see cref="High"/> leaves the unbounded records out.</summary>
    private sealed class CountSums<TKey>
    {
        public required TKey Key { get; init; }
        public long Best { get; init; }
        public long Low { get; init; }
        public long High { get; init; }
        public int Unbounded { get; init; }
        public int Records { get; init; }
    }

    /// <summary>
    /// Sums all the records. They are grouped by <paramref name="indexOrderedKey"/>, a leading column of the table's
    /// totals index, and the groups added up here: SQLite then reads the index in order and streams the groups,
    /// where one constant group would be collected into a temporary b-tree first (about twice as slow).
    /// </summary>
    public static async Task<CountTotals> SumAsync<T, TKey>(
        IQueryable<T> records, Expression<Func<T, TKey>> indexOrderedKey, CancellationToken cancellationToken)
        where T : ReportRecordEntity
    {
        var groups = await SumByAsync(records, indexOrderedKey, cancellationToken);
        return groups.Aggregate(CountTotals.None, (total, group) => total.Add(group.Totals));
    }
}
