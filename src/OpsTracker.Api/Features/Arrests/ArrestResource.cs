using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Arrests;

public sealed class ArrestResource : ResourceDefinition<Arrest, ArrestRequest, ArrestResponse>
{
    public override string Path => "arrests";
    public override string Tag => "Arrests";

    public override string Description =>
        "People reported arrested: how many, by which force, and for a named person who they are.";

    public override string SingularName => "arrest record";
    public override string PluralName => "arrest records";

    /// <summary>The same figure: arrests in one operation by one force, at one place.</summary>
    public override Func<Arrest, string>? FigureKey => a =>
        FigureKeys.Of(a.OperationId, a.ArrestingForceId, a.Country, a.Region, a.CampId);

    protected override Expression<Func<Arrest, ArrestResponse>> ToResponse => a => new ArrestResponse
    {
        Id = a.Id,
        ExternalId = a.ExternalId,
        OperationId = a.OperationId,
        ArrestingForceId = a.ArrestingForceId,
        PersonName = a.PersonName,
        PersonAlias = a.PersonAlias,
        PersonNationality = a.PersonNationality,
        PersonRole = a.PersonRole,
        PersonIds = new(),
        SourceIds = new(),
        Count = new CountResponse { Best = a.Count.Best, Low = a.Count.Low, High = a.Count.High, Qualifier = a.Count.Qualifier },
        StartDate = a.OpenStart ? null : a.StartDate,
        EndDate = a.EndDate,
        DatePrecision = a.DatePrecision,
        Country = a.Country,
        Region = a.Region,
        Locality = a.Locality,
        CampId = a.CampId,
        Latitude = a.Latitude,
        Longitude = a.Longitude,
        Notes = a.Notes,
        CreatedAt = a.CreatedAt,
        UpdatedAt = a.UpdatedAt,
    };

    public override void Apply(ArrestRequest request, Arrest entity)
    {
        RecordMapping.ApplyEvent(request, entity, id => new ArrestSource { SourceId = id },
            new ReportedCount { Best = Math.Max(1, request.PersonIds?.Distinct().Count() ?? 0) });
        LinkSync.Sync(entity.PersonLinks, request.PersonIds, link => link.PersonId, id => new ArrestPerson { PersonId = id });
        entity.OperationId = request.OperationId;
        entity.ArrestingForceId = request.ArrestingForceId;
        entity.PersonName = request.PersonName;
        entity.PersonAlias = request.PersonAlias;
        entity.PersonNationality = request.PersonNationality;
        entity.PersonRole = request.PersonRole;
    }

    public override IEnumerable<ReferenceCheck> References(ArrestRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToOne<Camp>("campId", "camp", request.CampId),
        ReferenceCheck.ToOne<Operation>("operationId", "operation", request.OperationId),
        ReferenceCheck.ToMany<Person>("personIds", "person", request.PersonIds),
        ReferenceCheck.ToOne<Force>("arrestingForceId", "force", request.ArrestingForceId),
    ];

    protected override IEnumerable<LinkList<Arrest, ArrestResponse>> Lists =>
    [
        Linked(r => r.PersonIds, a => a.PersonLinks, link => link.PersonId),
    ];

    protected override IEnumerable<ListFilter<Arrest>> Filters =>
    [
        ListFilters.Period<Arrest>(),
        .. ListFilters.Place<Arrest>(),
        ListFilters.Citations<Arrest, ArrestSource>(),
        ListFilters.Qualifier<Arrest>(),
        new(
            [ListParameter.Ids("personId", "Only records naming one of these persons (ids, comma-separated).", "1")],
            (query, values, _) => values.Ids("personId") is { } personIds
                ? query.Where(a => a.PersonLinks.Any(link => personIds.Contains(link.PersonId)))
                : query),
        ListFilters.Reference<Arrest>("operationId", "Only records tied to one of these operations (ids, comma-separated).", a => a.OperationId),
        new(
            [ListParameter.Ids("forceId", "Only arrests made by one of these forces, or in an operation one of them conducted (ids, comma-separated).", "1")],
            (query, values, db) => values.Ids("forceId") is { } forceIds
                ? query.Where(a => (a.ArrestingForceId != null && forceIds.Contains(a.ArrestingForceId.Value))
                    || OperationQueries.ConductedBy(db, forceIds).Contains(a.OperationId))
                : query),
        new(
            [OperationQueries.SideParameter],
            (query, values, db) => values.Enum<OperationSide>("side") is { } side
                ? query.Where(a => OperationQueries.OnSide(db, side).Contains(a.OperationId))
                : query),
    ];

    protected override IEnumerable<SortField<Arrest>> SortFields =>
    [
        SortField<Arrest>.Of("startDate", a => a.StartDate),
        SortField<Arrest>.Of("endDate", a => a.EndDate),
        SortField<Arrest>.Of("country", a => a.Country),
        SortField<Arrest>.Of("region", a => a.Region),
        SortField<Arrest>.Of("personName", a => a.PersonName),
        SortField<Arrest>.Of("count.best", a => a.Count.Best),
    ];

    public override Expression<Func<Arrest, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        a => (a.CampId != null && matchingCampIds.Contains(a.CampId.Value))
            || (a.ArrestingForceId != null && matchingForceIds.Contains(a.ArrestingForceId.Value));

    public override bool RefersToPersons => true;

    /// <summary><c>q</c> "أبي عبد الرحمن" (a case of the kunya) or "Bahaa Musiri" (an alias) finds the arrests naming him.</summary>
    public override Expression<Func<Arrest, bool>> RefersToMatchingPersons(IReadOnlyCollection<long> matchingPersonIds) =>
        a => a.PersonLinks.Any(link => matchingPersonIds.Contains(link.PersonId));

    protected override Expression<Func<Arrest, bool>> HasCoordinates => a => a.Latitude != null && a.Longitude != null;
}
