using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Endpoints;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Sources;

public sealed class SourceResource : ResourceDefinition<Source, SourceRequest, SourceResponse>
{
    public override string Path => "sources";
    public override string Tag => "Sources";

    public override string Description =>
        "Where every figure comes from: official statements, news reports (often in Arabic), NGO and research "
        + "reports, each with its reliability grade. Every figure cites at least one source, so create sources first.";

    public override string SingularName => "source";
    public override string PluralName => "sources";

    protected override string OwnDependentsName => "sources that relay it";

    protected override Expression<Func<Source, SourceResponse>> ToResponse => s => new SourceResponse
    {
        Id = s.Id,
        ExternalId = s.ExternalId,
        Title = s.Title,
        Publisher = s.Publisher,
        Url = s.Url,
        Language = s.Language,
        PublishedOn = s.PublishedOn,
        Kind = s.Kind,
        Reliability = s.Reliability,
        Author = s.Author,
        ArchiveUrl = s.ArchiveUrl,
        RetrievedOn = s.RetrievedOn,
        RelaysSourceIds = new(),
        Notes = s.Notes,
        CreatedAt = s.CreatedAt,
        UpdatedAt = s.UpdatedAt,
    };

    public override void Apply(SourceRequest request, Source entity)
    {
        RecordMapping.ApplyRecord(request, entity);
        entity.Title = request.Title!;
        entity.Publisher = request.Publisher!;
        entity.Url = request.Url;
        entity.Language = request.Language;
        entity.PublishedOn = request.PublishedOn;
        entity.Kind = request.Kind ?? SourceKind.Other;
        entity.Reliability = request.Reliability ?? SourceReliability.F;
        entity.Author = request.Author;
        entity.ArchiveUrl = request.ArchiveUrl;
        entity.RetrievedOn = request.RetrievedOn;
        LinkSync.Sync(entity.RelayLinks, request.RelaysSourceIds, link => link.RelayedSourceId, id => new SourceRelay { RelayedSourceId = id });
    }

    protected override IEnumerable<LinkList<Source, SourceResponse>> Lists =>
    [
        Linked(r => r.RelaysSourceIds, s => s.RelayLinks, link => link.RelayedSourceId),
    ];

    public override IEnumerable<ReferenceCheck> References(SourceRequest request) =>
    [
        ReferenceCheck.ToMany<Source>("relaysSourceIds", "source", request.RelaysSourceIds),
    ];

    /// <summary>A source relays neither itself nor, through the sources it relays, a source that relays it.</summary>
    public override async Task CheckAsync(OpsTrackerDbContext db, SourceRequest request, long? id, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (id is null || request.RelaysSourceIds is not { Count: > 0 } relayed)
        {
            return;
        }

        var index = relayed.IndexOf(id.Value);
        if (index >= 0)
        {
            errors.Add($"relaysSourceIds[{index}]", "A source cannot relay itself.");
            return;
        }

        var seen = new HashSet<long>();
        var frontier = relayed.ToList();
        while (frontier.Count > 0)
        {
            if (frontier.Contains(id.Value))
            {
                errors.Add("relaysSourceIds", "A source cannot relay a source that relays it, directly or through others.");
                return;
            }

            frontier = await db.Set<Source>().Where(s => frontier.Contains(s.Id))
                .SelectMany(s => s.RelayLinks.Select(link => link.RelayedSourceId))
                .ToListAsync(cancellationToken);
            frontier = frontier.Where(seen.Add).ToList();
        }
    }

    protected override IEnumerable<ListFilter<Source>> Filters =>
    [
        new(
            [
                ListParameter.Date("from", "Only sources published on or after this date. YYYY-MM-DD.", "2025-11-01"),
                ListParameter.Date("to", "Only sources published on or before this date. YYYY-MM-DD.", "2025-11-30"),
            ],
            (query, values, _) =>
            {
                var (from, to) = values.DateRange();
                query = from is { } start ? query.Where(s => s.PublishedOn >= start) : query;
                return to is { } end ? query.Where(s => s.PublishedOn <= end) : query;
            }),
        ListFilters.OneOf<Source, SourceKind>("kind", "Kind of source", s => s.Kind),
        ListFilters.OneOf<Source, SourceReliability>("reliability", "Reliability grade", s => s.Reliability),
        new(
            [ListParameter.OneOf<SourceReliability>("minReliability", "Only sources graded this or better (A best, F cannot be judged).", "B")],
            (query, values, _) =>
            {
                if (values.Enum<SourceReliability>("minReliability") is not { } minimum)
                {
                    return query;
                }

                var grades = Enum.GetValues<SourceReliability>().Where(grade => grade <= minimum).ToList();
                return query.Where(s => grades.Contains(s.Reliability));
            }),
    ];

    protected override IEnumerable<SortField<Source>> SortFields =>
    [
        SortField<Source>.Of("title", s => s.Title),
        SortField<Source>.Of("publisher", s => s.Publisher),
        SortField<Source>.Of("publishedOn", s => s.PublishedOn),
        SortField<Source>.Of("kind", s => s.Kind),
        SortField<Source>.Of("reliability", s => s.Reliability),
        SortField<Source>.Of("retrievedOn", s => s.RetrievedOn),
    ];
}
