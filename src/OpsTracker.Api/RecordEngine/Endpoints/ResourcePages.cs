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
        int totalCount;
        IReadOnlyList<TResponse> items = [];
        try
        {
            // An unfiltered list counts every live record: the trigger-kept count answers that without a table scan.
            totalCount = list.IsUnfiltered
                ? (int)await RecordQueries.LiveCount(db, resource.Table, cancellationToken)
                : await list.Query.CountAsync(cancellationToken);

            // No table holds int.MaxValue rows, so an offset beyond an int is past the end.
            if (list.Page.Offset < totalCount)
            {
                // The page's ids first: filters and sort keys can often be answered from an index alone, and then only
                // the page's own rows are read whole, rather than every match being read to be sorted.
                var ids = await list.Query
                    .Skip((int)list.Page.Offset)
                    .Take(list.Page.PageSize)
                    .Select(e => e.Id)
                    .ToListAsync(cancellationToken);
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
            Page = list.Page.Page,
            PageSize = list.Page.PageSize,
            TotalCount = totalCount,
        };
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
