using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Infrastructure.Database.Schema;
using OpsTracker.Api.RecordEngine.Counters;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// Summary and time-series totals read from the <see cref="Rollup"/> rows, for the requests whose filters the rollups
/// hold: country, region, affiliation, and from/to on whole months (a period overlaps [from, to] exactly when it starts
/// in a month up to to's and ends in a month from from's on). Any other filter, or dates inside a month, is answered
/// from the records as before, with the same figures.
/// </summary>
public sealed class RollupTotals
{
    private static readonly string[] PlaceFilters = ["country", "region", "affiliation"];

    private static readonly List<string> RolledUpTables = RollupSql.Tables.Select(table => table.Table).ToList();

    /// <summary>A stand-in for a longest period when none is stored: no bound.</summary>
    private const int NoLongestPeriod = 100_000_000;

    /// <summary>
    /// The metrics the summary reports, for a condition on every one of them: with it and <see cref="StoredStatuses"/>
    /// the totals' reads constrain the totals index's columns before the months (<c>IX_Rollups_Totals</c> leads with
    /// the country, the metric and the status), so SQLite reads one stretch of it per metric and status, from the first
    /// month on and already grouped, instead of every metric's and status's rows from the country's first month.
    /// </summary>
    /// <remarks>
    /// A <c>List</c> in a static readonly field: EF writes its values into the SQL as constants, so the statement's text
    /// never changes (an <c>IList</c> or <c>ICollection</c> field would not translate).
    /// </remarks>
    private static readonly List<string> SummaryMetrics = [.. RunningTotal.Metrics];

    /// <summary>
    /// Every status a record can have, as rows store it (its enum name), for the same reason as
    /// <see cref="SummaryMetrics"/>. A row of any other status, which no writer stores, is left out of every total.
    /// </summary>
    private static readonly List<string> StoredStatuses = [.. Enum.GetNames<RecordStatus>()];

    private readonly IQueryable<Rollup> _rows;

    private RollupTotals(IQueryable<Rollup> rows) => _rows = rows;

    /// <summary>
    /// The rollup rows the request's filters keep, of <paramref name="metrics"/> only when given, or null when the
    /// rollups cannot answer it: a parameter other than <paramref name="answerable"/>'s and the place filters, or
    /// from/to inside a month. Call it once the values are known to be valid.
    /// </summary>
    public static RollupTotals? For(IQueryCollection query, QueryValues values, IQueryable<Rollup> rollups, IQueryable<LongestPeriod> longestPeriods,
        IReadOnlyCollection<string> answerable, IReadOnlyCollection<string>? metrics = null)
    {
        if (query.Keys.Any(name => !answerable.Contains(name) && !PlaceFilters.Contains(name) && name is not ("from" or "to")))
        {
            return null;
        }

        var (from, to) = values.DateRange();
        if (!RollupMonths.Aligned(from, to))
        {
            return null;
        }

        var rows = rollups.AsNoTracking();
        if (metrics is not null)
        {
            rows = rows.Where(r => metrics.Contains(r.Metric));
        }

        if (values.CountryCodesList("country") is { } countries)
        {
            var codes = countries.ToList();
            rows = rows.Where(r => codes.Contains(r.Country));
        }

        if (values.List("region") is { } regions)
        {
            var names = regions.ToList();
            rows = rows.Where(r => names.Contains(r.Region));
        }

        if (values.Enums<CasualtyAffiliation>("affiliation") is { } affiliations)
        {
            // Only casualties have an affiliation; the other kinds' totals ignore the filter, as their lists do.
            // Rows of casualties' metrics alone are filtered as such, which an index on the affiliation can serve.
            var stored = affiliations.Select(affiliation => affiliation.ToString()).ToList();
            rows = metrics is not null && metrics.All(metric => metric is RunningTotal.Killed or RunningTotal.Wounded)
                ? rows.Where(r => stored.Contains(r.Affiliation))
                : rows.Where(r => (r.Metric != RunningTotal.Killed && r.Metric != RunningTotal.Wounded) || stored.Contains(r.Affiliation));
        }

        if (from is { } start)
        {
            // A row ending in from's month or later starts no earlier than the longest period of the rolled-up tables
            // before it (LongestPeriod; a period of d days spans at most d / 28 + 1 month boundaries): that lower
            // bound lets the totals index be read from there instead of from the first month. It is read in the same
            // statement as the rows, so it covers every row the statement sees.
            var month = RollupMonths.Of(start);
            var longest = longestPeriods.Where(p => RolledUpTables.Contains(p.Table)).Select(p => (int?)p.Days);
            rows = rows.Where(r => r.EndMonth >= month && r.StartMonth >= month - ((longest.Max() ?? NoLongestPeriod) / 28) - 1);
        }

        if (to is { } end)
        {
            var month = RollupMonths.Of(end);
            rows = rows.Where(r => r.StartMonth <= month);
        }

        return new RollupTotals(rows);
    }

    /// <summary>Each metric's totals, and its records by status.</summary>
    public async Task<Dictionary<string, (CountTotals Totals, StatusCounts Statuses)>> ByMetricAsync(CancellationToken cancellationToken)
    {
        // Rows whose records all changed or went are kept at zero by the triggers: they add nothing.
        var groups = await _rows
            .Where(r => SummaryMetrics.Contains(r.Metric) && StoredStatuses.Contains(r.Status) && r.Records != 0)
            .GroupBy(r => new { r.Metric, r.Status })
            .Select(g => new RollupSums(g.Key.Metric, g.Key.Status, 0, g.Sum(r => r.Best), g.Sum(r => r.Low), g.Sum(r => r.High), g.Sum(r => r.Unbounded), g.Sum(r => r.Records)))
            .ToListAsync(cancellationToken);
        return groups
            .GroupBy(g => g.Metric)
            .ToDictionary(
                metric => metric.Key,
                metric => (Totals(metric), StatusCounts.Of(metric.ToDictionary(g => Enum.Parse<RecordStatus>(g.Status), g => g.Records))));
    }

    /// <summary>
    /// How many live records the kept rows hold, of <paramref name="statuses"/> when given: a list's count, where each
    /// record of a rolled-up kind is in exactly one metric.
    /// </summary>
    public async Task<int> RecordsAsync(IReadOnlyCollection<string>? statuses, CancellationToken cancellationToken)
    {
        var rows = _rows;
        rows = statuses is not null
            ? rows.Where(r => statuses.Contains(r.Status))
            : rows.Where(r => StoredStatuses.Contains(r.Status));

        return checked((int)await rows.SumAsync(r => r.Records, cancellationToken));
    }

    /// <summary>The totals of <paramref name="metric"/> per month its records start in, from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public async Task<List<(DateOnly Key, CountTotals Totals)>> PerStartMonthAsync(string metric, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var first = RollupMonths.Of(from);
        var last = RollupMonths.Of(to);
        var groups = await _rows
            .Where(r => r.Metric == metric && StoredStatuses.Contains(r.Status) && r.StartMonth >= first && r.StartMonth <= last)
            .GroupBy(r => r.StartMonth)
            .Select(g => new RollupSums("", "", g.Key, g.Sum(r => r.Best), g.Sum(r => r.Low), g.Sum(r => r.High), g.Sum(r => r.Unbounded), g.Sum(r => r.Records)))
            .ToListAsync(cancellationToken);
        return groups.Select(g => (RollupMonths.FirstDay(g.Month), Totals([g]))).ToList();
    }

    private static CountTotals Totals(IEnumerable<RollupSums> groups)
    {
        var list = groups.ToList();
        return new CountTotals(list.Sum(g => g.Best), list.Sum(g => g.Low), list.Sum(g => g.Unbounded) > 0 ? null : list.Sum(g => g.High),
            checked((int)list.Sum(g => g.Records)));
    }

    private sealed record RollupSums(string Metric, string Status, int Month, long Best, long Low, long High, long Unbounded, long Records);
}
