using System.Linq.Expressions;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.RecordEngine.Definitions;
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
    ];
}
