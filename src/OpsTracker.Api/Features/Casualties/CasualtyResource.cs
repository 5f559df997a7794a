using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Casualties;

public sealed class CasualtyResource : ResourceDefinition<Casualty, CasualtyRequest, CasualtyResponse>
{
    public override string Path => "casualties";
    public override string Tag => "Casualties";

    public override string Description =>
        "People reported killed or wounded, of one affiliation, with the uncertainty of the count kept "
        + "(\"about 30\", \"2 to 5\").";

    public override string SingularName => "casualty record";
    public override string PluralName => "casualty records";

    /// <summary>The same figure: one outcome and affiliation, in one operation, at one place.</summary>
    public override Func<Casualty, string>? FigureKey => c =>
        FigureKeys.Of(c.Outcome, c.Affiliation, c.OperationId, c.Country, c.Region, c.CampId);

    protected override Expression<Func<Casualty, CasualtyResponse>> ToResponse => c => new CasualtyResponse
    {
        Id = c.Id,
        ExternalId = c.ExternalId,
        OperationId = c.OperationId,
        Affiliation = c.Affiliation,
        Outcome = c.Outcome,
        PersonIds = new(),
        SourceIds = new(),
        Count = new CountResponse { Best = c.Count.Best, Low = c.Count.Low, High = c.Count.High, Qualifier = c.Count.Qualifier },
        StartDate = c.OpenStart ? null : c.StartDate,
        EndDate = c.EndDate,
        DatePrecision = c.DatePrecision,
        Country = c.Country,
        Region = c.Region,
        Locality = c.Locality,
        CampId = c.CampId,
        Latitude = c.Latitude,
        Longitude = c.Longitude,
        Notes = c.Notes,
        CreatedAt = c.CreatedAt,
        UpdatedAt = c.UpdatedAt,
    };

    public override void Apply(CasualtyRequest request, Casualty entity)
    {
        RecordMapping.ApplyEvent(request, entity, id => new CasualtySource { SourceId = id });
        LinkSync.Sync(entity.PersonLinks, request.PersonIds, link => link.PersonId, id => new CasualtyPerson { PersonId = id });
        entity.OperationId = request.OperationId;
        entity.Affiliation = request.Affiliation!.Value;
        entity.Outcome = request.Outcome!.Value;
    }

    public override IEnumerable<ReferenceCheck> References(CasualtyRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToOne<Camp>("campId", "camp", request.CampId),
        ReferenceCheck.ToOne<Operation>("operationId", "operation", request.OperationId),
        ReferenceCheck.ToMany<Person>("personIds", "person", request.PersonIds),
    ];

    protected override IEnumerable<LinkList<Casualty, CasualtyResponse>> Lists =>
    [
        Linked(r => r.PersonIds, c => c.PersonLinks, link => link.PersonId),
    ];

    protected override IEnumerable<ListFilter<Casualty>> Filters =>
    [
        ListFilters.Period<Casualty>(),
        .. ListFilters.Place<Casualty>(),
        ListFilters.Citations<Casualty, CasualtySource>(),
        ListFilters.Qualifier<Casualty>(),
        ListFilters.OneOf<Casualty, CasualtyAffiliation>("affiliation", "Affiliation of the people killed or wounded", c => c.Affiliation),
        ListFilters.OneOf<Casualty, CasualtyOutcome>("outcome", "Outcome", c => c.Outcome),
        new(
            [ListParameter.Ids("personId", "Only records naming one of these persons (ids, comma-separated).", "1")],
            (query, values, _) => values.Ids("personId") is { } personIds
                ? query.Where(c => c.PersonLinks.Any(link => personIds.Contains(link.PersonId)))
                : query),
        ListFilters.Reference<Casualty>("operationId", "Only records tied to one of these operations (ids, comma-separated).", c => c.OperationId),
        new(
            [ListParameter.Ids("forceId", "Only records tied to an operation conducted by one of these forces (ids, comma-separated).", "1")],
            (query, values, db) => values.Ids("forceId") is { } forceIds
                ? query.Where(c => OperationQueries.ConductedBy(db, forceIds).Contains(c.OperationId))
                : query),
        new(
            [OperationQueries.SideParameter],
            (query, values, db) => values.Enum<OperationSide>("side") is { } side
                ? query.Where(c => OperationQueries.OnSide(db, side).Contains(c.OperationId))
                : query),
    ];

    protected override IEnumerable<SortField<Casualty>> SortFields =>
    [
        SortField<Casualty>.Of("startDate", c => c.StartDate),
        SortField<Casualty>.Of("endDate", c => c.EndDate),
        SortField<Casualty>.Of("country", c => c.Country),
        SortField<Casualty>.Of("region", c => c.Region),
        SortField<Casualty>.Of("affiliation", c => c.Affiliation),
        SortField<Casualty>.Of("outcome", c => c.Outcome),
        SortField<Casualty>.Of("count.best", c => c.Count.Best),
    ];

    public override Expression<Func<Casualty, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        c => c.CampId != null && matchingCampIds.Contains(c.CampId.Value);

    public override bool RefersToPersons => true;

    /// <summary><c>q</c> finds the casualty records naming a person through any of the person's names, aliases or kunya forms.</summary>
    public override Expression<Func<Casualty, bool>> RefersToMatchingPersons(IReadOnlyCollection<long> matchingPersonIds) =>
        c => c.PersonLinks.Any(link => matchingPersonIds.Contains(link.PersonId));

    protected override Expression<Func<Casualty, bool>> HasCoordinates => c => c.Latitude != null && c.Longitude != null;
}
