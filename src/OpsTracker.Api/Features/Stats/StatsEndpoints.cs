using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Arrests;
using OpsTracker.Api.Features.CampPopulations;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.DetaineeFigures;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Counters;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// Totals, time series and figure series computed in the database, with the uncertainty of every count kept.
/// Each endpoint reuses the list filters of the resources it reads, so a total counts exactly what the matching
/// list would return.
/// </summary>
public static class StatsEndpoints
{
    private static readonly IReadOnlyList<ListParameter> TotalsParameters =
    [
        ListParameter.Date("from", "Only records whose period overlaps [from, to] (time series: whose startDate is in it). YYYY-MM-DD.", "2025-10-01"),
        ListParameter.Date("to", "See from. YYYY-MM-DD.", "2025-10-31"),
        new("country", "ISO 3166-1 alpha-2 codes, comma-separated.", "SY") { Kind = ListParameterKind.CountryCode, Many = true },
        new("region", "First-level divisions, comma-separated.", "Al-Hasakah") { Many = true },
        ListParameter.Ids("campId", "Camp ids, comma-separated.", "1"),
        ListParameter.Ids("forceId", "Operations conducted by these forces, and the casualties and arrests tied to them (arrests also by arresting force).", "5"),
        ListParameter.Ids("sourceId", "Only records citing one of these sources.", "1"),
        ListParameter.OneOf<SourceReliability>("minReliability", "Only records citing at least one source graded this or better.", "B"),
        ListParameter.OneOf<CasualtyAffiliation>("affiliation", "Casualties only: affiliations to count, comma-separated (default all).", "isis", many: true),
        ListParameter.OneOf<OperationSide>("side",
            "counterInsurgent: operations against ISIS and the casualties and arrests tied to them; insurgent: attacks by ISIS and theirs (records tied to no operation are left out).",
            "insurgent"),
    ];

    private static readonly IReadOnlyList<ListParameter> SummaryParameters =
    [
        .. TotalsParameters,
        new("statuses",
            "true: also count each total's records by status (singleSource, corroborated, contested). Off by default: the unfiltered totals are kept "
            + "beside the records and read at once, while counting by status reads every record the totals sum (docs/querying.md).",
            "true") { Kind = ListParameterKind.Flag },
    ];

    private static readonly IReadOnlyList<ListParameter> SeriesParameters =
    [
        ListParameter.OneOf<StatsMetric>("metric", "operations, killed, wounded or arrested.", "killed", required: true),
        ListParameter.OneOf<TimeInterval>("interval", "week (ISO, Monday first), month (default) or year.", "year", byDefault: "month"),
        .. TotalsParameters,
    ];

    public static void MapStats(this IEndpointRouteBuilder app)
    {
        var stats = app.MapGroup("/api/v1/stats").WithTags("Stats");
        var kinds = app.ServiceProvider.GetRequiredService<RecordKinds>();

        stats.MapGet("/summary", SummaryAsync)
            .WithName("getSummary")
            .WithSummary("Totals of operations, people killed, wounded and arrested, each as {best, low, high, records}; with statuses=true, their records by status.")
            .WithMetadata(new ListParametersMetadata(SummaryParameters));

        stats.MapGet("/timeseries", TimeSeriesAsync)
            .WithName("getTimeSeries")
            .WithSummary("One bucket per week, month or year (empty ones included); a record counts in the bucket of its startDate.")
            .WithMetadata(new ListParametersMetadata(SeriesParameters));

        stats.MapGet("/camp-populations", CampPopulationSeriesAsync)
            .WithName("getCampPopulationSeries")
            .WithSummary("Camp population figures per camp or group of camps, in asOf order, with sources and conflicting reports marked.")
            .WithMetadata(new ListParametersMetadata(kinds.Get<CampPopulationFigureResource>().List.FilterParameters));

        stats.MapConflicts(kinds);

        stats.MapGet("/detainee-figures", DetaineeFigureSeriesAsync)
            .WithName("getDetaineeFigureSeries")
            .WithSummary("Detainee figures per facility, in asOf order, with sources and conflicting reports marked.")
            .WithMetadata(new ListParametersMetadata(kinds.Get<DetaineeFigureResource>().List.FilterParameters));
    }

    private static async Task<Results<Ok<SummaryResponse>, ValidationProblem>> SummaryAsync(
        HttpContext http, OpsTrackerDbContext db, RecordKinds kinds, IOptions<StatsSettings> settings, CancellationToken cancellationToken)
    {
        if (http.Request.Query.Count == 0)
        {
            var running = await db.Set<RunningTotal>().AsNoTracking().ToDictionaryAsync(t => t.Metric, t => t.ToTotals(), cancellationToken);
            return TypedResults.Ok(new SummaryResponse(
                running[RunningTotal.Operations], running[RunningTotal.Killed], running[RunningTotal.Wounded], running[RunningTotal.Arrested], null));
        }

        var values = Known(http, SummaryParameters);
        var byStatus = values.Flag("statuses");
        values = values.Without("statuses");
        var operations = Filter(kinds.Get<OperationResource>(), db.Set<Operation>(), values, db);
        var casualties = Filter(kinds.Get<CasualtyResource>(), db.Set<Casualty>(), values, db);
        var arrests = Filter(kinds.Get<ArrestResource>(), db.Set<Arrest>(), values, db);
        if (!values.Errors.IsEmpty)
        {
            return Problems.Validation(values.Errors);
        }

        if (settings.Value.Rollups && RollupTotals.For(http.Request.Query, values, db.Set<Rollup>(), db.Set<LongestPeriod>(), ["statuses"]) is { } rollups)
        {
            var byMetric = await rollups.ByMetricAsync(cancellationToken);
            (CountTotals Totals, StatusCounts Statuses) Of(string metric) => byMetric.GetValueOrDefault(metric, (CountTotals.None, StatusCounts.None));
            return TypedResults.Ok(new SummaryResponse(
                Of(RunningTotal.Operations).Totals, Of(RunningTotal.Killed).Totals, Of(RunningTotal.Wounded).Totals, Of(RunningTotal.Arrested).Totals,
                byStatus
                    ? new SummaryStatuses(Of(RunningTotal.Operations).Statuses, Of(RunningTotal.Killed).Statuses, Of(RunningTotal.Wounded).Statuses, Of(RunningTotal.Arrested).Statuses)
                    : null));
        }

        // Killed and wounded in one pass over the casualties' totals index, which leads with the outcome.
        var byOutcome = (await CountAggregation.SumByAsync(casualties, c => c.Outcome, cancellationToken))
            .ToDictionary(group => group.Key, group => group.Totals);
        return TypedResults.Ok(new SummaryResponse(
            await CountAggregation.SumAsync(operations, o => o.Country, cancellationToken),
            byOutcome.GetValueOrDefault(CasualtyOutcome.Killed, CountTotals.None),
            byOutcome.GetValueOrDefault(CasualtyOutcome.Wounded, CountTotals.None),
            await CountAggregation.SumAsync(arrests, a => a.Country, cancellationToken),
            byStatus ? await StatusesAsync(operations, casualties, arrests, cancellationToken) : null));
    }

    /// <summary>The records each total sums, by status: the operations, the casualties killed and wounded, the arrests.</summary>
    private static async Task<SummaryStatuses> StatusesAsync(
        IQueryable<Operation> operations, IQueryable<Casualty> casualties, IQueryable<Arrest> arrests, CancellationToken cancellationToken)
    {
        var byOutcome = await casualties.GroupBy(c => new { c.Outcome, c.Status }).Select(g => new { g.Key.Outcome, g.Key.Status, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        StatusCounts Casualties(CasualtyOutcome outcome) =>
            StatusCounts.Of(byOutcome.Where(g => g.Outcome == outcome).ToDictionary(g => g.Status, g => g.Count));
        return new SummaryStatuses(
            await StatusCounts.OfAsync(operations, cancellationToken),
            Casualties(CasualtyOutcome.Killed),
            Casualties(CasualtyOutcome.Wounded),
            await StatusCounts.OfAsync(arrests, cancellationToken));
    }

    private static async Task<Results<Ok<TimeSeriesResponse>, ValidationProblem>> TimeSeriesAsync(
        HttpContext http, OpsTrackerDbContext db, RecordKinds kinds, IOptions<StatsSettings> settings, CancellationToken cancellationToken)
    {
        var values = Known(http, SeriesParameters);
        var metric = values.Enum<StatsMetric>("metric");
        if (metric is null && !values.Has("metric"))
        {
            values.Errors.Add("metric", "metric is required: operations, killed, wounded or arrested.");
        }

        var interval = values.Enum<TimeInterval>("interval") ?? TimeInterval.Month;
        var (from, to) = values.DateRange();
        if (from is not null && to is not null && TimeBuckets.Between(from.Value, to.Value, interval).Skip(TimeBuckets.MaxBuckets).Any())
        {
            values.Errors.Add("interval", $"More than {TimeBuckets.MaxBuckets} buckets: narrow from/to or use a longer interval.");
        }

        // from/to bound the startDate here (a record counts in its startDate's bucket), not the period overlap lists use.
        var filters = values.Without("metric", "interval", "from", "to");
        var perDay = metric switch
        {
            StatsMetric.Operations => SumPerDay(Filter(kinds.Get<OperationResource>(), db.Set<Operation>(), filters, db), from, to, cancellationToken),
            StatsMetric.Killed => SumPerDay(Filter(kinds.Get<CasualtyResource>(), db.Set<Casualty>(), filters, db)
                .Where(c => c.Outcome == CasualtyOutcome.Killed), from, to, cancellationToken),
            StatsMetric.Wounded => SumPerDay(Filter(kinds.Get<CasualtyResource>(), db.Set<Casualty>(), filters, db)
                .Where(c => c.Outcome == CasualtyOutcome.Wounded), from, to, cancellationToken),
            StatsMetric.Arrested => SumPerDay(Filter(kinds.Get<ArrestResource>(), db.Set<Arrest>(), filters, db), from, to, cancellationToken),
            _ => null,
        };
        if (!values.Errors.IsEmpty || perDay is null)
        {
            return Problems.Validation(values.Errors);
        }

        // Whole months or years between given whole months: the rollups hold each month's totals.
        var days = interval != TimeInterval.Week && from is { } firstDay && to is { } lastDay && settings.Value.Rollups
            && RollupTotals.For(http.Request.Query, values, db.Set<Rollup>(), db.Set<LongestPeriod>(), ["metric", "interval"]) is { } rollups
            ? await rollups.PerStartMonthAsync(MetricName(metric!.Value), firstDay, lastDay, cancellationToken)
            : await perDay();
        var first = from ?? (days.Count > 0 ? days.Min(d => d.Key) : null);
        var last = to ?? (days.Count > 0 ? days.Max(d => d.Key) : null);
        if (first is null || last is null)
        {
            return TypedResults.Ok(new TimeSeriesResponse(metric!.Value, interval, from, to, []));
        }

        if (TimeBuckets.Between(first.Value, last.Value, interval).Skip(TimeBuckets.MaxBuckets).Any())
        {
            return Problems.Validation(ValidationErrors.For("interval", $"More than {TimeBuckets.MaxBuckets} buckets: give from/to or use a longer interval."));
        }

        var totals = days
            .GroupBy(d => TimeBuckets.StartOf(d.Key, interval))
            .ToDictionary(g => g.Key, g => g.Aggregate(CountTotals.None, (sum, day) => sum.Add(day.Totals)));
        var buckets = TimeBuckets.Between(first.Value, last.Value, interval)
            .Select(start =>
            {
                var sum = totals.GetValueOrDefault(start, CountTotals.None);
                return new TimeSeriesBucket(start, TimeBuckets.Next(start, interval).AddDays(-1), sum.Best, sum.Low, sum.High, sum.Records);
            })
            .ToList();
        return TypedResults.Ok(new TimeSeriesResponse(metric!.Value, interval, first, last, buckets));
    }

    /// <summary>
    /// The per-day sums of <paramref name="records"/>, to be run once the parameters are known to be valid: building
    /// the filtered query is what finds a bad filter, and a query started before the answer is known to be a 400
    /// would still be reading when the request ends.
    /// </summary>
    private static Func<Task<List<(DateOnly Key, CountTotals Totals)>>> SumPerDay<T>(
        IQueryable<T> records, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
        where T : ReportRecordEntity, IPeriod
    {
        records = from is { } start ? records.Where(e => e.StartDate >= start) : records;
        records = to is { } end ? records.Where(e => e.StartDate <= end) : records;
        return () => CountAggregation.SumByAsync(records, e => e.StartDate, cancellationToken);
    }

    private static string MetricName(StatsMetric metric) => metric switch
    {
        StatsMetric.Operations => RunningTotal.Operations,
        StatsMetric.Killed => RunningTotal.Killed,
        StatsMetric.Wounded => RunningTotal.Wounded,
        _ => RunningTotal.Arrested,
    };

    private static async Task<Results<Ok<SeriesResponse<CampPopulationSeries>>, ValidationProblem>> CampPopulationSeriesAsync(
        HttpContext http, OpsTrackerDbContext db, RecordKinds kinds, CancellationToken cancellationToken)
    {
        var values = new QueryValues(http.Request.Query, new ValidationErrors());
        var resource = kinds.Get<CampPopulationFigureResource>();
        values.RejectUnknown(resource.List.FilterParameters.Select(p => p.Name).ToList());
        var query = Filter(resource, db.Set<CampPopulationFigure>(), values, db);
        if (!values.Errors.IsEmpty)
        {
            return Problems.Validation(values.Errors);
        }

        var rows = await query
            .Select(f => new
            {
                f.Id,
                f.AsOf,
                f.DatePrecision,
                f.Count,
                f.Notes,
                CampIds = f.CampLinks.OrderBy(l => l.CampId).Select(l => l.CampId).ToList(),
                SourceIds = f.SourceLinks.OrderBy(l => l.SourceId).Select(l => l.SourceId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var campIds = rows.SelectMany(r => r.CampIds).Distinct().ToList();
        var campNames = await db.Set<Camp>().Where(c => campIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var sources = await FigureSeries.SourcesAsync(db, rows.SelectMany(r => r.SourceIds), cancellationToken);

        var series = rows
            .Select(r => new ReportedFigure(r.Id, string.Join(',', r.CampIds), r.AsOf, r.DatePrecision, r.Count, r.SourceIds, r.Notes))
            .GroupBy(f => f.SeriesKey)
            .Select(g =>
            {
                var ids = g.Key.Split(',').Select(long.Parse).ToList();
                return new CampPopulationSeries(ids, ids.Select(id => campNames.GetValueOrDefault(id, "")).ToList(), FigureSeries.Build(g, sources));
            })
            .OrderBy(s => s.CampIds[0]).ThenBy(s => s.CampIds.Count)
            .ToList();
        return TypedResults.Ok(new SeriesResponse<CampPopulationSeries>(series));
    }

    private static async Task<Results<Ok<SeriesResponse<DetaineeFigureSeries>>, ValidationProblem>> DetaineeFigureSeriesAsync(
        HttpContext http, OpsTrackerDbContext db, RecordKinds kinds, CancellationToken cancellationToken)
    {
        var values = new QueryValues(http.Request.Query, new ValidationErrors());
        var resource = kinds.Get<DetaineeFigureResource>();
        values.RejectUnknown(resource.List.FilterParameters.Select(p => p.Name).ToList());
        var query = Filter(resource, db.Set<DetaineeFigure>(), values, db);
        if (!values.Errors.IsEmpty)
        {
            return Problems.Validation(values.Errors);
        }

        var rows = await query
            .Select(f => new
            {
                f.Id,
                f.Facility,
                f.AsOf,
                f.DatePrecision,
                f.Count,
                f.Notes,
                SourceIds = f.SourceLinks.OrderBy(l => l.SourceId).Select(l => l.SourceId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var sources = await FigureSeries.SourcesAsync(db, rows.SelectMany(r => r.SourceIds), cancellationToken);

        var series = rows
            .Select(r => new ReportedFigure(r.Id, r.Facility, r.AsOf, r.DatePrecision, r.Count, r.SourceIds, r.Notes))
            .GroupBy(f => f.SeriesKey, StringComparer.Ordinal)
            .Select(g => new DetaineeFigureSeries(g.Key, FigureSeries.Build(g, sources)))
            .OrderBy(s => s.Facility, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new SeriesResponse<DetaineeFigureSeries>(series));
    }

    /// <summary>
    /// The request's parameters that <paramref name="parameters"/> has, each other one an error: the resources' list
    /// filters read only these, so a parameter of one resource's list that the endpoint does not take (an operation's
    /// outcome) is refused once, as unknown, and not read by that list's filter.
    /// </summary>
    private static QueryValues Known(HttpContext http, IReadOnlyList<ListParameter> parameters)
    {
        var names = parameters.Select(p => p.Name).ToList();
        var values = new QueryValues(http.Request.Query, new ValidationErrors());
        values.RejectUnknown(names);
        return values.Without([.. http.Request.Query.Keys.Where(name => !names.Contains(name))]);
    }

    /// <summary>The records <paramref name="resource"/>'s list filters keep, for the parameters given: what its list would return.</summary>
    private static IQueryable<TEntity> Filter<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, IQueryable<TEntity> records, QueryValues values, OpsTrackerDbContext db)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse =>
        resource.List.Filters.Aggregate(records.AsNoTracking(), (filtered, filter) => filter.Apply(filtered, values, db));
}
