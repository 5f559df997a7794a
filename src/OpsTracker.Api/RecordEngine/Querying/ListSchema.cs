using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>
/// What a resource's list reads, built once from its definition: its own filters, the parameters every list has
/// (updatedSince, q, sort, format, paging), its sort fields (id, externalId, createdAt and updatedAt are every list's)
/// and which records have a point for GeoJSON.
/// </summary>
public sealed class ListSchema<TEntity>
    where TEntity : RecordEntity
{
    private static readonly IReadOnlyList<ListParameter> CommonParameters =
    [
        ListParameter.Timestamp("updatedSince", "Only records created or changed at or after this ISO 8601 timestamp, for incremental sync.", "2025-11-13T00:00:00Z"),
        new("q", "Text search over the record's text and the names and aliases of the camps and forces it refers to; "
            + "insensitive to case, accents, Arabic diacritics, tatweel and letter variants.", "al-Hol"),
        new("sort", "Fields to sort by, comma-separated, '-' for descending (default id).", "-updatedAt,id"),
        ListParameter.OneOf<CountMode>("count",
            "exact (default): totalCount counts every match; estimated: exact up to a bound, then the database's estimate; "
            + "none: no totalCount, the cheapest page. Also as the header Prefer: count=... (docs/querying.md#counting).", "none", byDefault: "exact"),
        new("after", "A page's nextCursor: the page of records after it, in the same sort (keyset paging; not with page).", "eyJTIjoiIiwiSyI6W10sIkkiOjUwfQ"),
    ];

    private static readonly ListParameter Format = ListParameter.OneOf<ListFormat>("format",
        "json (default, one page), csv (every matching record), or geojson where offered. "
        + "Accept: text/csv or application/geo+json work too.", "csv", byDefault: "json");

    public ListSchema(IEnumerable<ListFilter<TEntity>> filters, IEnumerable<SortField<TEntity>> sortFields, Expression<Func<TEntity, bool>>? hasCoordinates)
    {
        Filters = [.. filters];
        FilterParameters = Filters.SelectMany(filter => filter.Parameters).ToList();
        Parameters =
        [
            .. FilterParameters,
            .. CommonParameters,
            hasCoordinates is null ? Format with { Choices = [.. Format.Choices.Where(choice => choice != "geojson")] } : Format,
            .. PageQuery.Parameters,
        ];
        ParameterNames = Parameters.Select(parameter => parameter.Name).Distinct().ToList();
        var sorts = new Dictionary<string, SortField<TEntity>>(StringComparer.Ordinal);
        foreach (var field in CommonSortFields().Concat(sortFields))
        {
            sorts[field.Name] = field;
        }

        SortFields = sorts;
        HasCoordinates = hasCoordinates;
    }

    /// <summary>The resource's own filters.</summary>
    public IReadOnlyList<ListFilter<TEntity>> Filters { get; }

    /// <summary>The parameters of the resource's own filters (the stats endpoints that reuse them read these).</summary>
    public IReadOnlyList<ListParameter> FilterParameters { get; }

    /// <summary>Every parameter the list reads, in the order Swagger lists them.</summary>
    public IReadOnlyList<ListParameter> Parameters { get; }

    /// <summary>The names of <see cref="Parameters"/>, each once; any other is an error.</summary>
    public IReadOnlyList<string> ParameterNames { get; }

    public IReadOnlyDictionary<string, SortField<TEntity>> SortFields { get; }

    /// <summary>Which records have a point to draw, for resources that answer <c>format=geojson</c>; else null.</summary>
    public Expression<Func<TEntity, bool>>? HasCoordinates { get; }

    private static IEnumerable<SortField<TEntity>> CommonSortFields() =>
    [
        SortField<TEntity>.Of("id", e => e.Id),
        SortField<TEntity>.Of("externalId", e => e.ExternalId),
        SortField<TEntity>.Of("createdAt", e => e.CreatedAt),
        SortField<TEntity>.Of("updatedAt", e => e.UpdatedAt),
    ];
}
