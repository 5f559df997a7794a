using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Transfers;

/// <summary>
/// <c>GET /api/v1/stats/transfers</c>: how many people (and, apart, how many families) left camps and prisons per week,
/// month or year, with the bounds of every count kept as the other totals keep them, so a camp's population figures
/// can be read beside the transfers that explain them. A transfer counts in the bucket of its startDate, as records do
/// in <c>/stats/timeseries</c>; it takes the list's filters, with from/to bounding startDate.
/// </summary>
public static class TransferTotalsEndpoint
{
    public const string Path = "/api/v1/stats/transfers";

    /// <summary>The list's filters but its period ones, which bound startDate here.</summary>
    private static readonly string[] OwnParameters = ["interval", "from", "to"];

    public static void MapTransferTotals(this IEndpointRouteBuilder api, TransferResource resource)
    {
        IReadOnlyList<ListParameter> parameters =
        [
            ListParameter.OneOf<TimeInterval>("interval", "week (ISO, Monday first), month (default) or year.", "year", byDefault: "month"),
            ListParameter.Date("from", "Only transfers whose startDate is on or after from. YYYY-MM-DD.", "2025-01-01"),
            ListParameter.Date("to", "Only transfers whose startDate is on or before to. YYYY-MM-DD.", "2025-12-31"),
            .. resource.List.FilterParameters.Where(parameter => !OwnParameters.Contains(parameter.Name)),
        ];
        api.MapGet(Path, (HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken) =>
                TotalsAsync(resource, parameters, http, db, cancellationToken))
            .WithTags("Stats")
            .WithName("getTransferTotals")
            .WithSummary("Transfers per week, month or year, individuals and families apart, each bucket as {best, low, high, records}.")
            .WithMetadata(new ListParametersMetadata(parameters))
            .Produces<TransferTotalsResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<TransferTotalsResponse>, ValidationProblem>> TotalsAsync(
        TransferResource resource, IReadOnlyList<ListParameter> parameters, HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var values = new QueryValues(http.Request.Query, new ValidationErrors());
        values.RejectUnknown(parameters.Select(parameter => parameter.Name).ToList());
        var interval = values.Enum<TimeInterval>("interval") ?? TimeInterval.Month;
        var (from, to) = values.DateRange();
        if (from is not null && to is not null && TimeBuckets.Between(from.Value, to.Value, interval).Skip(TimeBuckets.MaxBuckets).Any())
        {
            values.Errors.Add("interval", $"More than {TimeBuckets.MaxBuckets} buckets: narrow from/to or use a longer interval.");
        }

        var filters = values.Without(OwnParameters);
        var query = resource.List.Filters.Aggregate(db.Set<Transfer>().AsNoTracking(), (filtered, filter) => filter.Apply(filtered, filters, db));
        if (!values.Errors.IsEmpty)
        {
            return Problems.Validation(values.Errors);
        }

        query = from is { } start ? query.Where(t => t.StartDate >= start) : query;
        query = to is { } end ? query.Where(t => t.StartDate <= end) : query;
        var perDay = new List<(TransferUnit Unit, List<(DateOnly Day, CountTotals Totals)> Days)>();
        foreach (var unit in Enum.GetValues<TransferUnit>())
        {
            perDay.Add((unit, await CountAggregation.SumByAsync(query.Where(t => t.Unit == unit), t => t.StartDate, cancellationToken)));
        }

        var days = perDay.SelectMany(unitDays => unitDays.Days.Select(day => day.Day)).ToList();
        var first = from ?? (days.Count > 0 ? days.Min() : null);
        var last = to ?? (days.Count > 0 ? days.Max() : null);
        if (first is not null && last is not null && TimeBuckets.Between(first.Value, last.Value, interval).Skip(TimeBuckets.MaxBuckets).Any())
        {
            return Problems.Validation(ValidationErrors.For("interval", $"More than {TimeBuckets.MaxBuckets} buckets: give from/to or use a longer interval."));
        }

        var units = perDay
            .Select(unitDays => new TransferUnitTotals(
                unitDays.Unit,
                unitDays.Days.Aggregate(CountTotals.None, (sum, day) => sum.Add(day.Totals)),
                first is null || last is null ? [] : Buckets(unitDays.Days, first.Value, last.Value, interval)))
            .ToList();
        return TypedResults.Ok(new TransferTotalsResponse(interval, first, last, units));
    }

    private static List<TimeSeriesBucket> Buckets(List<(DateOnly Day, CountTotals Totals)> days, DateOnly first, DateOnly last, TimeInterval interval)
    {
        var totals = days
            .GroupBy(day => TimeBuckets.StartOf(day.Day, interval))
            .ToDictionary(group => group.Key, group => group.Aggregate(CountTotals.None, (sum, day) => sum.Add(day.Totals)));
        return TimeBuckets.Between(first, last, interval)
            .Select(start =>
            {
                var sum = totals.GetValueOrDefault(start, CountTotals.None);
                return new TimeSeriesBucket(start, TimeBuckets.Next(start, interval).AddDays(-1), sum.Best, sum.Low, sum.High, sum.Records);
            })
            .ToList();
    }
}
