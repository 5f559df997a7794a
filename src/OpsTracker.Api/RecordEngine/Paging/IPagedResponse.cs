namespace OpsTracker.Api.RecordEngine.Paging;

/// <summary>Where a page sits in its list, whatever it holds: what the Link header of a page is written from.</summary>
public interface IPagedResponse
{
    int Page { get; }
    int PageSize { get; }
    int? TotalCount { get; }
    CountMode Count { get; }
    string? NextCursor { get; }
    bool HasNext { get; }
}
