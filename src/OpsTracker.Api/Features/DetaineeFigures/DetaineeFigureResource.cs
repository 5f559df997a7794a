using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.DetaineeFigures;

public sealed class DetaineeFigureResource : ResourceDefinition<DetaineeFigure, DetaineeFigureRequest, DetaineeFigureResponse>
{
    public override string Path => "detainee-figures";
    public override string Tag => "DetaineeFigures";

    public override string Description =>
        "Reported numbers of people held in prisons and camps, per facility, as of a date.";

    public override string SingularName => "detainee figure";
    public override string PluralName => "detainee figures";

    /// <summary>The same figure: one facility, one custodian, one place.</summary>
    public override Func<DetaineeFigure, string>? FigureKey => d =>
        FigureKeys.Of(d.Facility, d.CustodianForceId, d.Country, d.Region, d.CampId);

    protected override Expression<Func<DetaineeFigure, DetaineeFigureResponse>> ToResponse => d => new DetaineeFigureResponse
    {
        Id = d.Id,
        ExternalId = d.ExternalId,
        AsOf = d.AsOf,
        DatePrecision = d.DatePrecision,
        Facility = d.Facility,
        CustodianForceId = d.CustodianForceId,
        SourceIds = new(),
        Count = new CountResponse { Best = d.Count.Best, Low = d.Count.Low, High = d.Count.High, Qualifier = d.Count.Qualifier },
        Country = d.Country,
        Region = d.Region,
        Locality = d.Locality,
        CampId = d.CampId,
        Latitude = d.Latitude,
        Longitude = d.Longitude,
        Notes = d.Notes,
        CreatedAt = d.CreatedAt,
        UpdatedAt = d.UpdatedAt,
    };

    public override void Apply(DetaineeFigureRequest request, DetaineeFigure entity)
    {
        RecordMapping.ApplyReport(request, entity, entity, id => new DetaineeFigureSource { SourceId = id });
        RecordMapping.ApplyDatedFigure(request, entity);
        RecordMapping.ApplyPlace(request, entity);
        entity.Facility = request.Facility!;
        entity.CustodianForceId = request.CustodianForceId;
    }

    public override IEnumerable<ReferenceCheck> References(DetaineeFigureRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToOne<Camp>("campId", "camp", request.CampId),
        ReferenceCheck.ToOne<Force>("custodianForceId", "force", request.CustodianForceId),
    ];

    protected override IEnumerable<ListFilter<DetaineeFigure>> Filters =>
    [
        ListFilters.AsOf<DetaineeFigure>(),
        .. ListFilters.Place<DetaineeFigure>(),
        ListFilters.Citations<DetaineeFigure, DetaineeFigureSource>(),
        ListFilters.Qualifier<DetaineeFigure>(),
        ListFilters.Reference<DetaineeFigure>("forceId", "Only figures of detainees held by one of these forces (ids, comma-separated).", d => d.CustodianForceId),
    ];

    protected override IEnumerable<SortField<DetaineeFigure>> SortFields =>
    [
        SortField<DetaineeFigure>.Of("asOf", d => d.AsOf),
        SortField<DetaineeFigure>.Of("country", d => d.Country),
        SortField<DetaineeFigure>.Of("region", d => d.Region),
        SortField<DetaineeFigure>.Of("facility", d => d.Facility),
        SortField<DetaineeFigure>.Of("count.best", d => d.Count.Best),
    ];

    public override Expression<Func<DetaineeFigure, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        d => (d.CampId != null && matchingCampIds.Contains(d.CampId.Value))
            || (d.CustodianForceId != null && matchingForceIds.Contains(d.CustodianForceId.Value));
}
