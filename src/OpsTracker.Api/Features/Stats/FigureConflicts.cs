using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// Finds the conflicting pairs of one kind's records: the same figure (the kind's <c>FigureKey</c>: place, forces and
/// what else makes it one figure), dates that overlap (a period, or an asOf, widened by its precision as the figure
/// series do, <see cref="FigureSeries.Window"/>), and counts whose bounds do not overlap (the bound arithmetic of the
/// totals and of the records' statuses, <see cref="RecordStatusRule.Disjoint"/>). The records are those the kind's
/// list keeps for from, to and country. Written once, for every kind whose definition declares a figure key.
/// </summary>
public sealed class FigureConflicts(OpsTrackerDbContext db, QueryValues values, string kind) : IResourceVisitor
{
    /// <summary>The most records one request compares: past it, the answer asks for narrower dates or places.</summary>
    public const int MaxRecords = 50_000;

    /// <summary>The paths of the kinds whose records can conflict, in registration order.</summary>
    public static IReadOnlyList<string> Kinds(RecordKinds kinds)
    {
        var finder = new KindsWithKeys();
        kinds.VisitAll(finder);
        return finder.Paths;
    }

    /// <summary>The search, once <see cref="IResourceVisitor.Visit"/> met the kind asked for; null until then.</summary>
    public Func<CancellationToken, Task<List<ConflictPair>?>>? Search { get; private set; }

    public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        if (resource.Path != kind || resource.FigureKey is not { } key || !typeof(ReportRecordEntity).IsAssignableFrom(typeof(TEntity)))
        {
            return;
        }

        if (values.Has("country") && !resource.List.FilterParameters.Any(parameter => parameter.Name == "country"))
        {
            values.Errors.Add("country", $"{resource.PluralName} have no country to filter by.");
        }

        var records = resource.List.Filters.Aggregate(db.Set<TEntity>().AsNoTracking(), (query, filter) => filter.Apply(query, values, db));
        Search = async cancellationToken =>
        {
            // The owned link rows (citations, forces, camps) come with their records.
            var stored = await records.OrderBy(e => e.Id).Take(MaxRecords + 1).ToListAsync(cancellationToken);
            if (stored.Count > MaxRecords)
            {
                return null;
            }

            var figures = stored.Select(entity => FigureOf(entity, key(entity), resource.ResponseOf(entity) as ReportRecordResponse)).ToList();
            return Pairs(figures);
        };
    }

    private static Figure FigureOf<TEntity>(TEntity entity, string key, ReportRecordResponse? response)
        where TEntity : RecordEntity
    {
        var record = (ReportRecordEntity)(object)entity;
        var (from, to) = entity switch
        {
            IPeriod period => (FigureSeries.Window(period.StartDate, period.DatePrecision).Start,
                FigureSeries.Window(period.EndDate ?? period.StartDate, period.DatePrecision).End),
            IDatedFigure figure => FigureSeries.Window(figure.AsOf, figure.DatePrecision),
            _ => (DateOnly.MinValue, DateOnly.MaxValue),
        };
        var count = record.Count;
        return new Figure(key, new ConflictingRecord(
            entity.Id,
            from,
            to,
            new CountResponse { Best = count.Best, Low = count.Low, High = count.High, Qualifier = count.Qualifier },
            count.LowerBound,
            count.UpperBound,
            record.Status,
            response?.Citations ?? []));
    }

    /// <summary>Every conflicting pair, in order of the first record's id, then the second's.</summary>
    private static List<ConflictPair> Pairs(List<Figure> figures)
    {
        var pairs = new List<ConflictPair>();
        foreach (var group in figures.GroupBy(figure => figure.Key, StringComparer.Ordinal))
        {
            // In order of their first day, a record meets only those starting before its last day.
            var byStart = group.OrderBy(figure => figure.Record.From).ThenBy(figure => figure.Record.Id).ToList();
            for (var i = 0; i < byStart.Count; i++)
            {
                var a = byStart[i].Record;
                for (var j = i + 1; j < byStart.Count && byStart[j].Record.From <= a.To; j++)
                {
                    var b = byStart[j].Record;
                    if (RecordStatusRule.Disjoint((a.Low, a.High), (b.Low, b.High)))
                    {
                        pairs.Add(a.Id < b.Id ? new ConflictPair(a, b) : new ConflictPair(b, a));
                    }
                }
            }
        }

        return [.. pairs.OrderBy(pair => pair.First.Id).ThenBy(pair => pair.Second.Id)];
    }

    private sealed record Figure(string Key, ConflictingRecord Record);

    private sealed class KindsWithKeys : IResourceVisitor
    {
        public List<string> Paths { get; } = [];

        public void Visit<TEntity, TRequest, TResponse>(ResourceDefinition<TEntity, TRequest, TResponse> resource)
            where TEntity : RecordEntity, new()
            where TRequest : RecordRequest
            where TResponse : RecordResponse
        {
            if (resource.FigureKey is not null && typeof(ReportRecordEntity).IsAssignableFrom(typeof(TEntity)))
            {
                Paths.Add(resource.Path);
            }
        }
    }
}
