namespace OpsTracker.Api.RecordEngine.Paging;

/// <summary>One page of a list, in id order, with the total number of matching records.</summary>
public sealed class PagedResponse<T> : IPagedResponse
{
    public required IReadOnlyList<T> Items { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }
    public required int TotalCount { get; init; }
}
