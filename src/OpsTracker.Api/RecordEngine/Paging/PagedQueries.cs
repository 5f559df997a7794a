using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.RecordEngine.Paging;

/// <summary>
/// One page of a query, with the total count: the paging every list but the resources' own shares. The query must
/// be in a total order (by id, at the end at least), so pages never overlap or skip.
/// </summary>
public static class PagedQueries
{
    public static async Task<PagedResponse<TResponse>> ToPageAsync<TRow, TResponse>(
        this IQueryable<TRow> ordered, PageQuery page, Func<TRow, TResponse> toResponse, CancellationToken cancellationToken)
    {
        var totalCount = await ordered.CountAsync(cancellationToken);

        // No table holds int.MaxValue rows, so an offset beyond an int is past the end.
        var rows = await ordered.Skip((int)Math.Min(page.Offset, int.MaxValue)).Take(page.PageSize).ToListAsync(cancellationToken);
        return new PagedResponse<TResponse>
        {
            Items = rows.Select(toResponse).ToList(),
            Page = page.Page,
            PageSize = page.PageSize,
            TotalCount = totalCount,
            HasNext = page.Offset + rows.Count < totalCount,
        };
    }
}
