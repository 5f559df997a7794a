using System.Text.Json.Serialization;

namespace OpsTracker.Api.RecordEngine.Paging;

/// <summary>One page of a list, in id order, with the total number of matching records.</summary>
public sealed class PagedResponse<T> : IPagedResponse
{
    public required IReadOnlyList<T> Items { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }

    /// <summary>The matching records (exactly, or estimated as <see cref="Count"/> says); null when not counted.</summary>
    public required int? TotalCount { get; init; }

    /// <summary>How <see cref="TotalCount"/> was found.</summary>
    public CountMode Count { get; init; } = CountMode.Exact;

    /// <summary>The cursor of the next page (<c>after=</c>), or null on the last page and on lists without cursors.</summary>
    public string? NextCursor { get; init; }

    /// <summary>Whether another page follows this one, known even when the records were not counted.</summary>
    [JsonIgnore]
    public bool HasNext { get; init; }
}
