using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Transfers;

public sealed class TransferResource : ResourceDefinition<Transfer, TransferRequest, TransferResponse>
{
    public override string Path => "transfers";
    public override string Tag => "Transfers";

    public override string Description =>
        "People moved out of camps and prisons: repatriations, detainee transfers, releases and escapes, counted in "
        + "individuals or in families (never added together), from a camp, facility, custodian or country to a country "
        + "or custodian.";

    public override string SingularName => "transfer";
    public override string PluralName => "transfers";

    public override Func<Transfer, string>? FigureKey => t =>
        FigureKeys.Of(t.Kind, t.Unit, FigureKeys.Set(t.FromCampLinks.Select(link => link.CampId)), t.FromFacility, t.FromForceId, t.FromCountry, t.ToForceId, t.ToCountry);

    protected override Expression<Func<Transfer, TransferResponse>> ToResponse => t => new TransferResponse
    {
        Id = t.Id,
        ExternalId = t.ExternalId,
        Kind = t.Kind,
        Unit = t.Unit,
        StartDate = t.OpenStart ? null : t.StartDate,
        EndDate = t.EndDate,
        DatePrecision = t.DatePrecision,
        FromCampIds = new(),
        FromFacility = t.FromFacility,
        FromForceId = t.FromForceId,
        FromCountry = t.FromCountry,
        ToCountry = t.ToCountry,
        ToForceId = t.ToForceId,
        SourceIds = new(),
        Count = new CountResponse { Best = t.Count.Best, Low = t.Count.Low, High = t.Count.High, Qualifier = t.Count.Qualifier },
        Notes = t.Notes,
        CreatedAt = t.CreatedAt,
        UpdatedAt = t.UpdatedAt,
    };

    protected override IEnumerable<LinkList<Transfer, TransferResponse>> Lists =>
    [
        Linked(r => r.FromCampIds, t => t.FromCampLinks, link => link.CampId),
    ];

    public override void Apply(TransferRequest request, Transfer entity)
    {
        RecordMapping.ApplyReport(request, entity, entity, id => new TransferSource { SourceId = id });
        RecordMapping.ApplyPeriod(request, entity);
        entity.Kind = request.Kind!.Value;
        entity.Unit = request.Unit ?? TransferUnit.Individuals;
        LinkSync.Sync(entity.FromCampLinks, request.FromCampIds, link => link.CampId, id => new TransferCamp { CampId = id });
        entity.FromFacility = request.FromFacility;
        entity.FromForceId = request.FromForceId;
        entity.FromCountry = request.FromCountry;
        entity.ToCountry = request.ToCountry;
        entity.ToForceId = request.ToForceId;
    }

    public override IEnumerable<ReferenceCheck> References(TransferRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
        ReferenceCheck.ToMany<Camp>("fromCampIds", "camp", request.FromCampIds),
        ReferenceCheck.ToOne<Force>("fromForceId", "force", request.FromForceId),
        ReferenceCheck.ToOne<Force>("toForceId", "force", request.ToForceId),
    ];

    protected override IEnumerable<ListFilter<Transfer>> Filters =>
    [
        ListFilters.Period<Transfer>(),
        ListFilters.Citations<Transfer, TransferSource>(),
        ListFilters.Qualifier<Transfer>(),
        ListFilters.OneOf<Transfer, TransferKind>("kind", "Kind of transfer", t => t.Kind),
        ListFilters.OneOf<Transfer, TransferUnit>("unit", "What the count counts", t => t.Unit),
        new(
            [ListParameter.Ids("campId", "Only transfers out of one of these camps (ids, comma-separated).", "1")],
            (query, values, _) => values.Ids("campId") is { } campIds
                ? query.Where(t => t.FromCampLinks.Any(link => campIds.Contains(link.CampId)))
                : query),
        new(
            [ListParameter.Ids("forceId", "Only transfers from or to the custody of one of these forces (ids, comma-separated).", "3")],
            (query, values, _) => values.Ids("forceId") is { } forceIds
                ? query.Where(t => (t.FromForceId != null && forceIds.Contains(t.FromForceId.Value))
                    || (t.ToForceId != null && forceIds.Contains(t.ToForceId.Value)))
                : query),
        new(
            [CountryParameter("country", "Only transfers from or to one of these countries")],
            (query, values, _) => values.CountryCodesList("country")?.ToList() is { } countries
                ? query.Where(t => (t.FromCountry != null && countries.Contains(t.FromCountry))
                    || (t.ToCountry != null && countries.Contains(t.ToCountry)))
                : query),
        new(
            [CountryParameter("fromCountry", "Only transfers out of one of these countries")],
            (query, values, _) => values.CountryCodesList("fromCountry")?.ToList() is { } countries
                ? query.Where(t => t.FromCountry != null && countries.Contains(t.FromCountry))
                : query),
        new(
            [CountryParameter("toCountry", "Only transfers to one of these countries")],
            (query, values, _) => values.CountryCodesList("toCountry")?.ToList() is { } countries
                ? query.Where(t => t.ToCountry != null && countries.Contains(t.ToCountry))
                : query),
    ];

    protected override IEnumerable<SortField<Transfer>> SortFields =>
    [
        SortField<Transfer>.Of("startDate", t => t.StartDate),
        SortField<Transfer>.Of("endDate", t => t.EndDate),
        SortField<Transfer>.Of("kind", t => t.Kind),
        SortField<Transfer>.Of("unit", t => t.Unit),
        SortField<Transfer>.Of("fromCountry", t => t.FromCountry),
        SortField<Transfer>.Of("toCountry", t => t.ToCountry),
        SortField<Transfer>.Of("count.best", t => t.Count.Best),
    ];

    public override Expression<Func<Transfer, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        t => t.FromCampLinks.Any(link => matchingCampIds.Contains(link.CampId))
            || (t.FromForceId != null && matchingForceIds.Contains(t.FromForceId.Value))
            || (t.ToForceId != null && matchingForceIds.Contains(t.ToForceId.Value));

    public override void MapOwnEndpoints(IEndpointRouteBuilder api) => api.MapTransferTotals(this);

    private static ListParameter CountryParameter(string name, string description) =>
        new(name, $"{description} (ISO 3166-1 alpha-2 codes, comma-separated).", "IQ") { Kind = ListParameterKind.CountryCode, Many = true };
}
