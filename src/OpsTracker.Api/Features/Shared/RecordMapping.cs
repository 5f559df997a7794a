using OpsTracker.Api.Domain;
using OpsTracker.Api.RecordEngine.Endpoints;

namespace OpsTracker.Api.Features.Shared;

/// <summary>Writes the fields that several record kinds share from a request onto an entity.</summary>
public static class RecordMapping
{
    public static void ApplyRecord(RecordRequest request, RecordEntity entity)
    {
        entity.ExternalId = request.ExternalId;
        entity.Notes = request.Notes;
    }

    // defaultCount: the count when the request leaves it out, for kinds where one is implied (operations, arrests).
    public static void ApplyReport<TLink>(ReportRecordRequest request, ReportRecordEntity entity, ICitingRecord<TLink> citing,
        Func<long, TLink> newLink, ReportedCount? defaultCount = null)
        where TLink : ISourceLink
    {
        ApplyRecord(request, entity);
        entity.Count = request.Count?.ToDomain() ?? defaultCount ?? new ReportedCount();
        LinkSync.Sync(citing.SourceLinks, request.SourceIds, link => link.SourceId, newLink);
    }

    public static void ApplyPeriod(IPeriodFields request, IPeriod entity)
    {
        entity.StartDate = request.StartDate!.Value;
        entity.EndDate = request.EndDate;
        entity.DatePrecision = request.DatePrecision ?? DatePrecision.Day;
    }

    public static void ApplyDatedFigure(IDatedFigureFields request, IDatedFigure entity)
    {
        entity.AsOf = request.AsOf!.Value;
        entity.DatePrecision = request.DatePrecision ?? DatePrecision.Day;
    }

    public static void ApplyPlace(IPlaceFields request, IPlaced entity)
    {
        entity.Country = request.Country!;
        entity.Region = request.Region;
        entity.Locality = request.Locality;
        entity.CampId = request.CampId;
        entity.Latitude = request.Latitude;
        entity.Longitude = request.Longitude;
    }

    public static void ApplyEvent<TEntity, TLink>(EventRecordRequest request, TEntity entity, Func<long, TLink> newLink,
        ReportedCount? defaultCount = null)
        where TEntity : ReportRecordEntity, IPeriod, IPlaced, ICitingRecord<TLink>
        where TLink : ISourceLink
    {
        ApplyReport(request, entity, entity, newLink, defaultCount);
        ApplyPeriod(request, entity);
        ApplyPlace(request, entity);
    }
}
