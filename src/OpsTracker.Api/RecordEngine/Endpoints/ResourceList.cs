using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// A list request, read: the filtered and sorted query (from the cursor on, when <c>after</c> is given), the
/// answer's format and page, how to count, or the errors. <see cref="IsUnfiltered"/>: no parameter narrows the list,
/// so it holds every live record of the resource
/// (a cursor only says where the page starts).
/// </summary>
public sealed record ResourceList<TEntity>(
    IQueryable<TEntity> Query, ListFormat Format, PageQuery Page, ValidationErrors Errors, bool IsUnfiltered)
    where TEntity : RecordEntity
{
    /// <summary>The count asked for, by <c>count=</c> or <c>Prefer: count=</c>.</summary>
    public CountMode Count { get; init; } = CountMode.Exact;

    /// <summary>Whether <see cref="Count"/> came from a <c>Prefer</c> header, which the answer then says it applied.</summary>
    public bool CountPreferred { get; init; }

    /// <summary>The matching records, unsorted, from the first (without the cursor): what a count counts.</summary>
    public required IQueryable<TEntity> Unpaged { get; init; }

    /// <summary>How many matches <c>count=estimated</c> counts exactly before it estimates.</summary>
    public int EstimatedCountExactUpTo { get; init; } = 1000;

    /// <summary>
    /// The exact count of <see cref="Unpaged"/> read from the rollups (<see cref="Features.Stats.RollupCounts"/>), when
    /// they hold every filter given; null when the matches are counted.
    /// </summary>
    public Func<CancellationToken, Task<int>>? CountFromRollups { get; init; }

    /// <summary>The sort, as the keyset's cursors are made for it.</summary>
    public required ListSort<TEntity> Sort { get; init; }

    /// <summary>Whether the page starts after a cursor (<c>after=</c>) rather than at an offset.</summary>
    public bool ByCursor { get; init; }
}
