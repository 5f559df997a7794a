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
        where TLink : SourceLink
    {
        ApplyRecord(request, entity);
        entity.Count = request.Count?.ToDomain() ?? defaultCount ?? new ReportedCount();
        ApplyCitations(request, citing.SourceLinks, newLink);
    }

    /// <summary>
    /// Brings a record's citations in line with the sources the request cites: a citation that stays keeps its row
    /// (so an unchanged list writes nothing), with the claim's fields as the request gives them.
    /// </summary>
    public static void ApplyCitations<TLink>(CitingRecordRequest request, List<TLink> links, Func<long, TLink> newLink)
        where TLink : SourceLink
    {
        var cited = request.CitedSources().ToList();
        LinkSync.Sync(links, cited.Select(citation => citation.SourceId!.Value), link => link.SourceId, newLink);
        var bySource = links.ToDictionary(link => link.SourceId);
        foreach (var citation in cited)
        {
            ApplyClaim(citation, bySource[citation.SourceId!.Value]);
        }
    }

    /// <summary>Writes what a citation says (quote, locator, credibility, attribution, its own count) onto its link row.</summary>
    public static void ApplyClaim(CitationRequest citation, SourceLink link)
    {
        link.Quote = citation.Quote;
        link.Locator = citation.Locator;
        link.Credibility = citation.Credibility ?? SourceLink.DefaultCredibility;
        link.AttributedToForceId = citation.AttributedTo?.ForceId;
        link.AttributedToText = citation.AttributedTo?.Text;
        link.SetOwnCount(citation.Count?.ToDomain());
    }

    public static void ApplyPeriod(IPeriodFields request, IPeriod entity)
    {
        // A period open at its start is placed on its end date (see IPeriod.OpenStart).
        entity.OpenStart = request.StartDate is null;
        entity.StartDate = request.StartDate ?? request.EndDate!.Value;
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
        where TLink : SourceLink
    {
        ApplyReport(request, entity, entity, newLink, defaultCount);
        ApplyPeriod(request, entity);
        ApplyPlace(request, entity);
    }
}
