using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Reading;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// One JSON page of any resource's list: the total, the page's ids, then those records, their own columns by one
/// query and each of their lists (<c>sourceIds</c>, <c>forceIds</c>) by another, as the export reads them.
/// </summary>
/// <remarks>
/// Read whole, with its lists in the projection, a page cost EF more than SQLite: the link table joined and sorted
/// with the records, a collection shaped per record, and the 50 ids as 50 parameters, whose SQL EF built again on
/// every page. The record and list queries here are built once per resource, with the ids as one parameter.
/// </remarks>
public static class ResourcePages
{
    public static async Task<PagedResponse<TResponse>> ReadAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, ResourceList<TEntity> list, OpsTrackerDbContext db, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        // The page's three or four queries share one connection: opened and closed for each, as EF would, the
        // connection pool's lock and SQLite's own open cost about as much as one of the queries.
        await db.Database.OpenConnectionAsync(cancellationToken);
        int? totalCount;
        var counted = list.Count;
        IReadOnlyList<TResponse> items = [];
        string? nextCursor = null;
        var hasNext = false;
        try
        {
            (totalCount, counted) = await CountAsync(resource, list, db, cancellationToken);

            // No table holds int.MaxValue rows, so an offset beyond an int is past the end.
            if (totalCount is null || list.Page.Offset < totalCount)
            {
                // The page's ids first: filters and sort keys can often be answered from an index alone, and then only
                // the page's own rows are read whole, rather than every match being read to be sorted. One id more
                // than the page says whether another follows, without a count.
                var ids = await list.Query
                    .Skip(list.ByCursor ? 0 : (int)Math.Min(list.Page.Offset, int.MaxValue))
                    .Take(list.Page.PageSize + 1)
                    .Select(e => e.Id)
                    .ToListAsync(cancellationToken);
                hasNext = ids.Count > list.Page.PageSize;
                if (hasNext)
                {
                    ids.RemoveAt(ids.Count - 1);
                    nextCursor = await list.Sort.CursorAsync(db.Set<TEntity>().IgnoreQueryFilters().AsNoTracking(), ids[^1], cancellationToken);
                }

                items = await RecordsAsync(resource, db, ids, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new PagedResponse<TResponse>
        {
            Items = items,
            Page = list.ByCursor ? 1 : list.Page.Page,
            PageSize = list.Page.PageSize,
            TotalCount = totalCount,
            Count = counted,
            NextCursor = nextCursor,
            HasNext = hasNext,
        };
    }

    /// <summary>
    /// The list's total as asked for, and how it was found. An unfiltered list counts every live record: the
    /// trigger-kept count answers that exactly without a table scan, whatever was asked; a list filtered only by what
    /// the rollups hold is counted from them, as exactly. An estimate of another filtered list counts the matches up
    /// to <see cref="PagingSettings.EstimatedCountExactUpTo"/> (then it is exact), and past that takes the database
    /// planner's estimate, or where the database has none (SQLite) the live records of the kind, which no filter can
    /// exceed. A page after a cursor counts the whole list, not what follows the cursor.
    /// </summary>
    private static async Task<(int? Total, CountMode Counted)> CountAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, ResourceList<TEntity> list, OpsTrackerDbContext db, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        if (list.Count == CountMode.None)
        {
            return (null, CountMode.None);
        }

        if (list.IsUnfiltered)
        {
            return ((int)await RecordQueries.LiveCount(db, resource.Table, cancellationToken), CountMode.Exact);
        }

        // Where the rollups hold every filter, their rows count the matches exactly, an estimate included.
        if (list.CountFromRollups is { } fromRollups)
        {
            return (await fromRollups(cancellationToken), CountMode.Exact);
        }

        var matching = list.Unpaged;
        if (list.Count == CountMode.Exact)
        {
            return (await matching.CountAsync(cancellationToken), CountMode.Exact);
        }

        var exactUpTo = list.EstimatedCountExactUpTo;
        var upTo = await matching.Take(exactUpTo + 1).CountAsync(cancellationToken);
        if (upTo <= exactUpTo)
        {
            return (upTo, CountMode.Exact);
        }

        var estimate = await db.Dialect.EstimateRowsAsync(matching, cancellationToken)
            ?? await RecordQueries.LiveCount(db, resource.Table, cancellationToken);
        return ((int)Math.Clamp(estimate, exactUpTo + 1, int.MaxValue), CountMode.Estimated);
    }

    /// <summary>The records with these ids, in the order of the ids, with their lists filled.</summary>
    private static async Task<IReadOnlyList<TResponse>> RecordsAsync<TEntity, TRequest, TResponse>(
        ResourceDefinition<TEntity, TRequest, TResponse> resource, OpsTrackerDbContext db, List<long> ids, CancellationToken cancellationToken)
        where TEntity : RecordEntity, new()
        where TRequest : RecordRequest
        where TResponse : RecordResponse
    {
        var byId = new Dictionary<long, TResponse>(ids.Count);
        await foreach (var record in resource.ReadWithIds(db, ids).WithCancellation(cancellationToken))
        {
            byId[record.Id] = record;
        }

        var page = new RecordChunk<TResponse>(ids.Count, response => response.Id);
        foreach (var id in ids)
        {
            // A record deleted since its id was read is left out, as if the page had been read a moment later.
            if (byId.TryGetValue(id, out var record))
            {
                page.Add(record);
            }
        }

        await resource.Export.FillAsync(db, page, cancellationToken);
        return page.Rows;
    }
}
