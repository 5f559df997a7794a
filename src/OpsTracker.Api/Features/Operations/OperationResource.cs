using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Operations;

public sealed class OperationResource : ResourceDefinition<Operation, OperationRequest, OperationResponse>
{
    public override string Path => "operations";
    public override string Tag => "Operations";

    public override string Description =>
        "Military and security operations as reported: raids, airstrikes, sweeps, and summaries such as "
        + "\"more than 22 operations\".";

    public override string SingularName => "operation";
    public override string PluralName => "operations";

    /// <summary>The same figure: operations of one type at one place by the same forces.</summary>
    public override Func<Operation, string>? FigureKey => o =>
        FigureKeys.Of(o.Type, o.Country, o.Region, o.CampId, FigureKeys.Set(o.ForceLinks.Select(link => link.ForceId)));

    protected override Expression<Func<Operation, OperationResponse>> ToResponse => o => new OperationResponse
    {
        Id = o.Id,
        ExternalId = o.ExternalId,
        Title = o.Title,
        Type = o.Type,
        Outcome = o.Outcome,
        ForceIds = new(),
        SourceIds = new(),
        Count = new CountResponse { Best = o.Count.Best, Low = o.Count.Low, High = o.Count.High, Qualifier = o.Count.Qualifier },
        StartDate = o.OpenStart ? null : o.StartDate,
        EndDate = o.EndDate,
        DatePrecision = o.DatePrecision,
        Country = o.Country,
        Region = o.Region,
        Locality = o.Locality,
        CampId = o.CampId,
        Latitude = o.Latitude,
        Longitude = o.Longitude,
        Notes = o.Notes,
        CreatedAt = o.CreatedAt,
        UpdatedAt = o.UpdatedAt,
    };

    protected override IEnumerable<LinkList<Operation, OperationResponse>> Lists =>
    [
        Linked(r => r.ForceIds, o => o.ForceLinks, link => link.ForceId),
    ];

    public override void Apply(OperationRequest request, Operation entity)
    {
        RecordMapping.ApplyEvent(request, entity, id => new OperationSource { SourceId = id }, new ReportedCount { Best = 1 });
        entity.Title = request.Title!;
        entity.Type = request.Type ?? OperationType.Other;
        entity.Outcome = OperationSides.Of(entity.Type) == OperationSide.Insurgent ? request.Outcome ?? OperationOutcome.CarriedOut : null;
        LinkSync.Sync(entity.ForceLinks, request.ForceIds, link => link.ForceId, id => new OperationForce { ForceId = id });
    }

    public override IEnumerable<ReferenceCheck> References(OperationRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToOne<Camp>("campId", "camp", request.CampId),
        ReferenceCheck.ToMany<Force>("forceIds", "force", request.ForceIds),
    ];

    protected override IEnumerable<ListFilter<Operation>> Filters =>
    [
        ListFilters.Period<Operation>(),
        .. ListFilters.Place<Operation>(),
        ListFilters.Citations<Operation, OperationSource>(),
        ListFilters.Qualifier<Operation>(),
        ListFilters.OneOf<Operation, OperationType>("type", "Type of operation", o => o.Type),
        new(
            [ListParameter.OneOf<OperationSide>("side", "counterInsurgent (operations against ISIS: every type but the attacks') or insurgent (attacks by ISIS: attack, ambush, bombing, assassination, plot).", "insurgent")],
            (query, values, _) => values.Enum<OperationSide>("side") is { } side
                ? query.Where(OperationSides.OnSides([side]))
                : query),
        new(
            [ListParameter.OneOf<OperationOutcome>("outcome", "Attacks carried out or foiled: carriedOut or foiled.", "foiled")],
            (query, values, _) => values.Enum<OperationOutcome>("outcome") is { } outcome
                ? query.Where(o => o.Outcome == outcome)
                : query),
        new(
            [ListParameter.Ids("forceId", "Only operations conducted by one of these forces (ids, comma-separated).", "1")],
            (query, values, _) => values.Ids("forceId") is { } forceIds
                ? query.Where(o => o.ForceLinks.Any(link => forceIds.Contains(link.ForceId)))
                : query),
    ];

    protected override IEnumerable<SortField<Operation>> SortFields =>
    [
        SortField<Operation>.Of("startDate", o => o.StartDate),
        SortField<Operation>.Of("endDate", o => o.EndDate),
        SortField<Operation>.Of("country", o => o.Country),
        SortField<Operation>.Of("region", o => o.Region),
        SortField<Operation>.Of("type", o => o.Type),
        SortField<Operation>.Of("title", o => o.Title),
        SortField<Operation>.Of("count.best", o => o.Count.Best),
    ];

    public override Expression<Func<Operation, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        o => (o.CampId != null && matchingCampIds.Contains(o.CampId.Value))
            || o.ForceLinks.Any(link => matchingForceIds.Contains(link.ForceId));

    protected override Expression<Func<Operation, bool>> HasCoordinates => o => o.Latitude != null && o.Longitude != null;
}
