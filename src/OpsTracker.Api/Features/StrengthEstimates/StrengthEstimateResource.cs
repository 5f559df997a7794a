using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.StrengthEstimates;

public sealed class StrengthEstimateResource : ResourceDefinition<StrengthEstimate, StrengthEstimateRequest, StrengthEstimateResponse>
{
    public override string Path => "strength-estimates";
    public override string Tag => "StrengthEstimates";

    public override string Description =>
        "Estimated numbers of a group's active fighters (ISIS), in one or more countries together, as of a date, with the "
        + "uncertainty of the estimate kept (\"about 2,500–3,000\").";

    public override string SingularName => "strength estimate";
    public override string PluralName => "strength estimates";

    /// <summary>The same figure: one group in one set of countries and region, as its series.</summary>
    public override Func<StrengthEstimate, string>? FigureKey => e =>
        FigureKeys.Of(e.ForceId, FigureKeys.Set(e.Countries), e.Region);

    protected override Expression<Func<StrengthEstimate, StrengthEstimateResponse>> ToResponse => e => new StrengthEstimateResponse
    {
        Id = e.Id,
        ExternalId = e.ExternalId,
        ForceId = e.ForceId,
        Countries = e.Countries,
        Region = e.Region,
        AsOf = e.AsOf,
        DatePrecision = e.DatePrecision,
        SourceIds = new(),
        Count = new CountResponse { Best = e.Count.Best, Low = e.Count.Low, High = e.Count.High, Qualifier = e.Count.Qualifier },
        Notes = e.Notes,
        CreatedAt = e.CreatedAt,
        UpdatedAt = e.UpdatedAt,
    };

    protected override IEnumerable<LinkList<StrengthEstimate, StrengthEstimateResponse>> Lists =>
    [
    ];

    public override void Apply(StrengthEstimateRequest request, StrengthEstimate entity)
    {
        RecordMapping.ApplyReport(request, entity, entity, id => new StrengthEstimateSource { SourceId = id });
        RecordMapping.ApplyDatedFigure(request, entity);
        entity.ForceId = request.ForceId!.Value;
        entity.Countries = [.. request.Countries!];
        entity.Region = request.Region;
    }

    public override IEnumerable<ReferenceCheck> References(StrengthEstimateRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToOne<Force>("forceId", "force", request.ForceId),
    ];

    protected override IEnumerable<ListFilter<StrengthEstimate>> Filters =>
    [
        ListFilters.AsOf<StrengthEstimate>(),
        ListFilters.Citations<StrengthEstimate, StrengthEstimateSource>(),
        ListFilters.Qualifier<StrengthEstimate>(),
        ListFilters.Reference<StrengthEstimate>("forceId", "Only estimates of one of these groups (force ids, comma-separated).", e => e.ForceId),
        new(
            [new("country", "Only estimates covering one of these countries among theirs (ISO 3166-1 alpha-2 codes, comma-separated).", "SY,IQ")],
            (query, values, _) => values.CountryCodesList("country")?.ToList() is { } countries
                ? query.Where(e => e.Countries.Any(country => countries.Contains(country)))
                : query),
        ListFilters.Region<StrengthEstimate>(e => e.Region),
    ];

    protected override IEnumerable<SortField<StrengthEstimate>> SortFields =>
    [
        SortField<StrengthEstimate>.Of("asOf", e => e.AsOf),
        SortField<StrengthEstimate>.Of("forceId", e => e.ForceId),
        SortField<StrengthEstimate>.Of("region", e => e.Region),
        SortField<StrengthEstimate>.Of("count.best", e => e.Count.Best),
    ];

    public override Expression<Func<StrengthEstimate, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        e => matchingForceIds.Contains(e.ForceId);

    public override void MapOwnEndpoints(IEndpointRouteBuilder api) => api.MapStrengthEstimateSeries(this);
}
