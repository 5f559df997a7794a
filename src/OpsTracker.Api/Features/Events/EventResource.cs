using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Events;

public sealed class EventResource : ResourceDefinition<Event, EventRequest, EventResponse>
{
    public override string Path => "events";
    public override string Tag => "Events";

    public override string Description =>
        "Developments that are not operations: coalition memberships, agreements, camp closures, handovers, changes of "
        + "leader, each as one source claims it (claims that disagree are records of their own, side by side in "
        + "/api/v1/stats/conflicts), with an optional figure such as the coalition's 90 members.";

    public override string SingularName => "event";
    public override string PluralName => "events";

    /// <summary>
    /// The same figure: events of one type at one place with the same parties. Two claims about one agreement, "signed"
    /// (count 1) and "not signed yet" (count 0), then conflict.
    /// </summary>
    public override Func<Event, string>? FigureKey => e =>
        FigureKeys.Of(e.Type, e.Country, e.Region, e.CampId, FigureKeys.Set(e.ForceLinks.Select(link => link.ForceId)));

    protected override Expression<Func<Event, EventResponse>> ToResponse => e => new EventResponse
    {
        Id = e.Id,
        ExternalId = e.ExternalId,
        Title = e.Title,
        Type = e.Type,
        ForceIds = new(),
        SourceIds = new(),
        Count = new CountResponse { Best = e.Count.Best, Low = e.Count.Low, High = e.Count.High, Qualifier = e.Count.Qualifier },
        StartDate = e.OpenStart ? null : e.StartDate,
        EndDate = e.EndDate,
        DatePrecision = e.DatePrecision,
        Country = e.Country,
        Region = e.Region,
        Locality = e.Locality,
        CampId = e.CampId,
        Latitude = e.Latitude,
        Longitude = e.Longitude,
        Notes = e.Notes,
        CreatedAt = e.CreatedAt,
        UpdatedAt = e.UpdatedAt,
    };

    protected override IEnumerable<LinkList<Event, EventResponse>> Lists =>
    [
        Linked(r => r.ForceIds, e => e.ForceLinks, link => link.ForceId),
    ];

    public override void Apply(EventRequest request, Event entity)
    {
        RecordMapping.ApplyEvent(request, entity, id => new EventSource { SourceId = id }, Event.NoFigure());
        entity.Title = request.Title!;
        entity.Type = request.Type!.Value;
        LinkSync.Sync(entity.ForceLinks, request.ForceIds, link => link.ForceId, id => new EventForce { ForceId = id });
    }

    public override IEnumerable<ReferenceCheck> References(EventRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToOne<Camp>("campId", "camp", request.CampId),
        ReferenceCheck.ToMany<Force>("forceIds", "force", request.ForceIds),
    ];

    protected override IEnumerable<ListFilter<Event>> Filters =>
    [
        ListFilters.Period<Event>(),
        .. ListFilters.Place<Event>(),
        ListFilters.Citations<Event, EventSource>(),
        ListFilters.Qualifier<Event>(),
        ListFilters.OneOf<Event, EventType>("type", "Type of event", e => e.Type),
        new(
            [ListParameter.Ids("forceId", "Only events to which one of these forces is a party (ids, comma-separated).", "1")],
            (query, values, _) => values.Ids("forceId") is { } forceIds
                ? query.Where(e => e.ForceLinks.Any(link => forceIds.Contains(link.ForceId)))
                : query),
        new(
            [new ListParameter("hasCount", "true: only events with a figure; false: only those without (stored as count {best: 0, qualifier: atLeast}).", "true") { Kind = ListParameterKind.Flag }],
            (query, values, _) =>
            {
                if (!values.Has("hasCount"))
                {
                    return query;
                }

                var withFigure = values.Flag("hasCount");
                return withFigure
                    ? query.Where(e => !(e.Count.Best == 0 && e.Count.Low == null && e.Count.High == null && e.Count.Qualifier == CountQualifier.AtLeast))
                    : query.Where(e => e.Count.Best == 0 && e.Count.Low == null && e.Count.High == null && e.Count.Qualifier == CountQualifier.AtLeast);
            }),
    ];

    protected override IEnumerable<SortField<Event>> SortFields =>
    [
        SortField<Event>.Of("startDate", e => e.StartDate),
        SortField<Event>.Of("endDate", e => e.EndDate),
        SortField<Event>.Of("country", e => e.Country),
        SortField<Event>.Of("region", e => e.Region),
        SortField<Event>.Of("type", e => e.Type),
        SortField<Event>.Of("title", e => e.Title),
        SortField<Event>.Of("count.best", e => e.Count.Best),
    ];

    public override Expression<Func<Event, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        e => (e.CampId != null && matchingCampIds.Contains(e.CampId.Value))
            || e.ForceLinks.Any(link => matchingForceIds.Contains(link.ForceId));

    protected override Expression<Func<Event, bool>> HasCoordinates => e => e.Latitude != null && e.Longitude != null;
}
