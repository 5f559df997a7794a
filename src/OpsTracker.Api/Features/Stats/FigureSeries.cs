using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Stats;

/// <summary>Orders the figures of one series and marks the reports that disagree.</summary>
public static class FigureSeries
{
    public static IReadOnlyList<FigurePoint> Build(IEnumerable<ReportedFigure> figures, IReadOnlyDictionary<long, SourceSummary> sources)
    {
        var ordered = figures.OrderBy(f => f.AsOf).ThenBy(f => f.Id).ToList();
        return ordered.Select(figure =>
        {
            var conflicts = ordered
                .Where(other => other.Id != figure.Id && SameWindow(figure, other) && !SameCount(figure.Count, other.Count))
                .Select(other => other.Id)
                .ToList();
            return new FigurePoint(
                figure.Id,
                figure.AsOf,
                figure.DatePrecision,
                new CountResponse { Best = figure.Count.Best, Low = figure.Count.Low, High = figure.Count.High, Qualifier = figure.Count.Qualifier },
                figure.Count.LowerBound,
                figure.Count.UpperBound,
                figure.SourceIds.Where(sources.ContainsKey).Select(id => sources[id]).ToList(),
                figure.Notes,
                conflicts.Count > 0,
                conflicts);
        }).ToList();
    }

    /// <summary>The sources of a series' figures, by id: what each point shows of the reports behind it.</summary>
    public static async Task<Dictionary<long, SourceSummary>> SourcesAsync(OpsTrackerDbContext db, IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Set<Source>()
            .Where(s => wanted.Contains(s.Id))
            .Select(s => new SourceSummary(s.Id, s.Title, s.Publisher, s.PublishedOn, s.Reliability, s.Url))
            .ToDictionaryAsync(s => s.Id, cancellationToken);
    }

    /// <summary>The days a figure may stand for: its day, or the whole month, season or year when dated only that precisely.</summary>
    public static (DateOnly Start, DateOnly End) Window(DateOnly asOf, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => (new DateOnly(asOf.Year, 1, 1), new DateOnly(asOf.Year, 12, 31)),
        DatePrecision.Season => SeasonOf(asOf),
        DatePrecision.Month => (new DateOnly(asOf.Year, asOf.Month, 1), new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(1).AddDays(-1)),
        _ => (asOf, asOf),
    };

    /// <summary>The meteorological season holding the day: March–May, June–August, September–November, December–February.</summary>
    private static (DateOnly Start, DateOnly End) SeasonOf(DateOnly day)
    {
        var start = new DateOnly(day.Year, day.Month, 1).AddMonths(-(day.Month % 3));
        return (start, start.AddMonths(3).AddDays(-1));
    }

    private static bool SameWindow(ReportedFigure a, ReportedFigure b)
    {
        var (aStart, aEnd) = Window(a.AsOf, a.DatePrecision);
        var (bStart, bEnd) = Window(b.AsOf, b.DatePrecision);
        return aStart <= bEnd && bStart <= aEnd;
    }

    private static bool SameCount(ReportedCount a, ReportedCount b) =>
        a.Best == b.Best && a.Low == b.Low && a.High == b.High && a.Qualifier == b.Qualifier;
}
