using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.StrengthEstimates;

/// <summary>
/// <c>GET /api/v1/stats/strength-estimates</c>: the estimates per group and countries, in asOf order, with their
/// sources and the reports that disagree marked, as the camp population series has them. It takes the list's filters.
/// </summary>
public static class StrengthEstimateSeriesEndpoint
{
    public const string Path = "/api/v1/stats/strength-estimates";

    public static void MapStrengthEstimateSeries(this IEndpointRouteBuilder api, StrengthEstimateResource resource) =>
        api.MapGet(Path, (HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken) =>
                SeriesAsync(resource, http, db, cancellationToken))
            .WithTags("Stats")
            .WithName("getStrengthEstimateSeries")
            .WithSummary("Strength estimates per group and countries, in asOf order, with sources and conflicting reports marked.")
            .WithMetadata(new ListParametersMetadata(resource.List.FilterParameters))
            .Produces<SeriesResponse<StrengthEstimateSeries>>(StatusCodes.Status200OK)
            .ProducesValidationProblem();

    private static async Task<Results<Ok<SeriesResponse<StrengthEstimateSeries>>, ValidationProblem>> SeriesAsync(
        StrengthEstimateResource resource, HttpContext http, OpsTrackerDbContext db, CancellationToken cancellationToken)
    {
        var values = new QueryValues(http.Request.Query, new ValidationErrors());
        values.RejectUnknown(resource.List.FilterParameters.Select(parameter => parameter.Name).ToList());
        var query = resource.List.Filters.Aggregate(db.Set<StrengthEstimate>().AsNoTracking(), (filtered, filter) => filter.Apply(filtered, values, db));
        if (!values.Errors.IsEmpty)
        {
            return Problems.Validation(values.Errors);
        }

        var rows = await query
            .Select(e => new
            {
                e.Id,
                e.ForceId,
                e.Countries,
                e.Region,
                e.AsOf,
                e.DatePrecision,
                e.Count,
                e.Notes,
                SourceIds = e.SourceLinks.OrderBy(l => l.SourceId).Select(l => l.SourceId).ToList(),
            })
            .ToListAsync(cancellationToken);
        var forceIds = rows.Select(r => r.ForceId).Distinct().ToList();
        var forceNames = await db.Set<Force>().Where(f => forceIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, cancellationToken);
        var sources = await FigureSeries.SourcesAsync(db, rows.SelectMany(r => r.SourceIds), cancellationToken);

        var series = rows
            .GroupBy(r => (r.ForceId, Countries: string.Join(',', r.Countries.Order(StringComparer.Ordinal)), r.Region))
            .Select(g => new StrengthEstimateSeries(
                g.Key.ForceId,
                forceNames.GetValueOrDefault(g.Key.ForceId, ""),
                g.Key.Countries.Split(','),
                g.Key.Region,
                FigureSeries.Build(
                    g.Select(r => new ReportedFigure(r.Id, g.Key.Countries, r.AsOf, r.DatePrecision, r.Count, r.SourceIds, r.Notes)),
                    sources)))
            .OrderBy(s => s.ForceId).ThenBy(s => string.Join(',', s.Countries), StringComparer.Ordinal).ThenBy(s => s.Region, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(new SeriesResponse<StrengthEstimateSeries>(series));
    }
}
