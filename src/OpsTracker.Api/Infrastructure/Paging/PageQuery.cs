namespace OpsTracker.Api.Infrastructure.Paging;

/// <summary>The paging parameters every list endpoint takes.</summary>
public sealed class PageQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>1-based page number (default 1).</summary>
    public int? Page { get; init; }

    /// <summary>Records per page, 1 to 500 (default 50).</summary>
    public int? PageSize { get; init; }

    public int PageOrDefault => Page ?? 1;
    public int PageSizeOrDefault => PageSize ?? DefaultPageSize;
}
