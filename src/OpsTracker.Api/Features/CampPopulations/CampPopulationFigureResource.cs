using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.CampPopulations;

public sealed class CampPopulationFigureResource
    : ResourceDefinition<CampPopulationFigure, CampPopulationFigureRequest, CampPopulationFigureResponse>
{
    public override string Path => "camp-populations";
    public override string Tag => "CampPopulations";

    public override string Description =>
        "Reported populations of one camp or a group of camps, as of a date.";

    public override string SingularName => "camp population figure";
    public override string PluralName => "camp population figures";

    /// <summary>The same figure: one camp or group of camps, as its series.</summary>
    public override Func<CampPopulationFigure, string>? FigureKey => f =>
        FigureKeys.Of(FigureKeys.Set(f.CampLinks.Select(link => link.CampId)));

    protected override Expression<Func<CampPopulationFigure, CampPopulationFigureResponse>> ToResponse => c => new CampPopulationFigureResponse
    {
        Id = c.Id,
        ExternalId = c.ExternalId,
        CampIds = new(),
        AsOf = c.AsOf,
        DatePrecision = c.DatePrecision,
        SourceIds = new(),
        Count = new CountResponse { Best = c.Count.Best, Low = c.Count.Low, High = c.Count.High, Qualifier = c.Count.Qualifier },
        Notes = c.Notes,
        CreatedAt = c.CreatedAt,
        UpdatedAt = c.UpdatedAt,
    };

    protected override IEnumerable<LinkList<CampPopulationFigure, CampPopulationFigureResponse>> Lists =>
    [
        Linked(r => r.CampIds, c => c.CampLinks, link => link.CampId),
    ];

    public override void Apply(CampPopulationFigureRequest request, CampPopulationFigure entity)
    {
        RecordMapping.ApplyReport(request, entity, entity, id => new CampPopulationFigureSource { SourceId = id });
        RecordMapping.ApplyDatedFigure(request, entity);
        LinkSync.Sync(entity.CampLinks, request.CampIds, link => link.CampId, id => new CampPopulationFigureCamp { CampId = id });
    }

    public override IEnumerable<ReferenceCheck> References(CampPopulationFigureRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToMany<Camp>("campIds", "camp", request.CampIds),
    ];

    protected override IEnumerable<ListFilter<CampPopulationFigure>> Filters =>
    [
        ListFilters.AsOf<CampPopulationFigure>(),
        ListFilters.Citations<CampPopulationFigure, CampPopulationFigureSource>(),
        ListFilters.Qualifier<CampPopulationFigure>(),
        new(
            [ListParameter.Ids("campId", "Only figures covering one of these camps (ids, comma-separated).", "1")],
            (query, values, _) => values.Ids("campId") is { } campIds
                ? query.Where(f => f.CampLinks.Any(link => campIds.Contains(link.CampId)))
                : query),
    ];

    protected override IEnumerable<SortField<CampPopulationFigure>> SortFields =>
    [
        SortField<CampPopulationFigure>.Of("asOf", f => f.AsOf),
        SortField<CampPopulationFigure>.Of("count.best", f => f.Count.Best),
    ];

    public override Expression<Func<CampPopulationFigure, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        f => f.CampLinks.Any(link => matchingCampIds.Contains(link.CampId));
}
