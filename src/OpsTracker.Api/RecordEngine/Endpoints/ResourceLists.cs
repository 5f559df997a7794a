using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Camps;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Persons;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Stats;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Exports;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;
using OpsTracker.Api.RecordEngine.Search;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// Reads a list request for any resource: the resource's own filters, then the parameters every list has
/// (updatedSince, q, sort, format, page, pageSize). An unknown parameter is an error, so a misspelt filter never
/// silently returns everything.
/// </summary>
public static class ResourceLists
{
    /// <summary>The parameters that order, page or format a list without narrowing it.</summary>
    private static readonly HashSet<string> UnfilteringParameters = ["page", "pageSize", "sort", "format", "count", "after"];

    public static ResourceList<TEntity> Read<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, HttpRequest request, OpsTrackerDbContext db)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var schema = resource.List;
        var errors = new ValidationErrors();
        var values = new QueryValues(request.Query, errors);
        values.RejectUnknown(schema.ParameterNames);

        var query = db.Set<TEntity>().AsNoTracking();
        foreach (var filter in schema.Filters)
        {
            query = filter.Apply(query, values, db);
        }

        if (values.Timestamp("updatedSince") is { } since)
        {
            query = query.Where(e => e.UpdatedAt >= since);
        }

        query = Search(resource, query, values, db);
        var format = ReadFormat(resource, request, values);
        if (format == ListFormat.GeoJson && schema.HasCoordinates is { } hasCoordinates)
        {
            query = query.Where(hasCoordinates);
        }

        var sort = ReadSort(schema.SortFields, values);
        var matching = query;
        var byCursor = false;
        if (values.Text("after") is { } after)
        {
            byCursor = true;
            if (values.Has("page"))
            {
                errors.Add("page", "page cannot be given with after: a cursor already says where the page starts (drop page, or drop after to page by number).");
            }

            if (PageCursor.Decode(after) is not { } cursor)
            {
                errors.Add("after", "after is not a cursor this list gave (take nextCursor, or the next link, from a page of the same list).");
            }
            else if (cursor.Sort != sort.Key)
            {
                errors.Add("after", $"This cursor was made for {PageCursor.Describe(cursor.Sort)}, not {PageCursor.Describe(sort.Key)}: page with the sort it was made for.");
            }
            else if (sort.After(cursor, db.Dialect.NullsSortFirst) is { } afterCursor)
            {
                query = query.Where(afterCursor);
            }
            else
            {
                errors.Add("after", "after is not a cursor this list gave (its values do not fit the sort's fields).");
            }
        }

        var (count, preferred) = ReadCount(request, values);
        var page = PageQuery.Read(values);
        var unfiltered = request.Query.Keys.All(UnfilteringParameters.Contains) && format != ListFormat.GeoJson;
        var services = request.HttpContext.RequestServices;
        var fromRollups = count != CountMode.None && !unfiltered && format == ListFormat.Json && errors.IsEmpty
            && services.GetRequiredService<IOptions<StatsSettings>>().Value.Rollups
            ? RollupCounts.For(resource.Table, request.Query, values, db)
            : null;
        return new ResourceList<TEntity>(Order(sort, query), format, page, errors, unfiltered)
        {
            Count = count,
            CountPreferred = preferred,
            Unpaged = matching,
            EstimatedCountExactUpTo = services.GetRequiredService<IOptions<PagingSettings>>().Value.EstimatedCountExactUpTo,
            CountFromRollups = fromRollups,
            Sort = sort,
            ByCursor = byCursor,
        };
    }

    /// <summary>
    /// The count asked for: the <c>count</c> parameter, else a <c>Prefer: count=...</c> header (as PostgREST reads it),
    /// else exact. An unknown count parameter is an error; a preference the API does not know is ignored, as RFC 7240
    /// has it.
    /// </summary>
    private static (CountMode Count, bool Preferred) ReadCount(HttpRequest request, QueryValues values)
    {
        if (values.Has("count"))
        {
            return (values.Enum<CountMode>("count") ?? CountMode.Exact, false);
        }

        foreach (var preference in request.Headers["Prefer"].SelectMany(header => (header ?? "").Split(',')))
        {
            var parts = preference.Split(';')[0].Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Equals("count", StringComparison.OrdinalIgnoreCase)
                && QueryValues.EnumNames<CountMode>.TryParse(parts[1].Trim('"')) is { } preferred)
            {
                return (preferred, true);
            }
        }

        return (CountMode.Exact, false);
    }

    private static IQueryable<TEntity> Search<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, IQueryable<TEntity> query, QueryValues values, OpsTrackerDbContext db)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var text = values.Text("q");
        if (text is null)
        {
            return query;
        }

        var term = SearchNormalizer.Normalize(text);
        if (term.Length == 0)
        {
            values.Errors.Add("q", "q has no letters or digits to search for.");
            return query;
        }

        // Camps and forces are few: their matching ids are read first, so the records that refer to them are found
        // through the index on the referring column (a subquery there made SQLite scan every record), and a term that
        // names no camp or force adds nothing to the search.
        var campIds = SearchMatches.NamedIds<Camp>(db, term).ToList();
        var forceIds = SearchMatches.NamedIds<Force>(db, term).ToList();
        var related = campIds.Count + forceIds.Count == 0 ? null : resource.RefersToMatching(campIds, forceIds);

        // A kind that names persons (a statement's speaker) is searched through their names too, read the same way.
        var personIds = resource.RefersToPersons ? SearchMatches.LiveMatchingIds<Person>(db, term).ToList() : [];
        var relatedPersons = personIds.Count == 0 ? null : resource.RefersToMatchingPersons(personIds);
        if (related is null && relatedPersons is null)
        {
            return query.Where(SearchMatches.Matching<TEntity>(db, term));
        }

        // "Own text OR refers to a matching camp or force" as one condition makes SQLite read every row to test it
        // (a third of a second over a million records, for each page's count); the union of the two sets of ids keeps
        // each on its own index. The list's own filters, the not-deleted one among them, then apply to the union's ids.
        var matchingIds = SearchMatches.MatchingIds<TEntity>(db, term);
        foreach (var refers in new[] { related, relatedPersons }.OfType<System.Linq.Expressions.Expression<Func<TEntity, bool>>>())
        {
            matchingIds = matchingIds.Union(db.Set<TEntity>().Where(refers).Select(e => e.Id));
        }

        return query.Where(e => matchingIds.Contains(e.Id));
    }

    private static ListFormat ReadFormat<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, HttpRequest request, QueryValues values)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var format = values.Enum<ListFormat>("format") ?? FromAccept(request.Headers.Accept.ToString());
        if (format == ListFormat.GeoJson && resource.List.HasCoordinates is null)
        {
            values.Errors.Add("format", "geojson is offered for operations, casualties and arrests.");
            return ListFormat.Json;
        }

        return format;
    }

    private static ListFormat FromAccept(string accept) =>
        accept.Contains(CsvFormat.ContentType, StringComparison.OrdinalIgnoreCase) ? ListFormat.Csv
        : accept.Contains(GeoJsonFormat.ContentType, StringComparison.OrdinalIgnoreCase) ? ListFormat.GeoJson
        : ListFormat.Json;

    /// <summary>The fields asked for in <c>sort</c>, with their directions (an unknown one is an error naming the allowed ones).</summary>
    private static ListSort<TEntity> ReadSort<TEntity>(IReadOnlyDictionary<string, SortField<TEntity>> fields, QueryValues values)
        where TEntity : RecordEntity
    {
        var sort = new List<(SortField<TEntity>, bool)>();
        foreach (var key in values.List("sort") ?? [])
        {
            var descending = key.StartsWith('-');
            var name = descending ? key[1..] : key;
            if (!fields.TryGetValue(name, out var field))
            {
                values.Errors.Add("sort", $"'{name}' is not a sort field of this list. Sort fields: {string.Join(", ", fields.Keys)}.");
                continue;
            }

            sort.Add((field, descending));
        }

        return new ListSort<TEntity>(sort);
    }

    /// <summary>Sorts by the fields asked for, then by id, so pages never overlap or skip.</summary>
    private static IOrderedQueryable<TEntity> Order<TEntity>(ListSort<TEntity> sort, IQueryable<TEntity> query)
        where TEntity : RecordEntity
    {
        IOrderedQueryable<TEntity>? sorted = null;
        foreach (var (field, descending) in sort.Fields)
        {
            sorted = sorted is null ? field.OrderBy(query, descending) : field.ThenBy(sorted, descending);
        }

        // The id tie-break runs the same way as the last key, so an index on (field) or (field, ...) can serve
        // the whole order read forwards or backwards, without sorting every match.
        var lastDescending = sort.Fields.Count > 0 && sort.Fields[^1].Descending;
        return sorted is null ? query.OrderBy(e => e.Id)
            : lastDescending ? sorted.ThenByDescending(e => e.Id)
            : sorted.ThenBy(e => e.Id);
    }
}
