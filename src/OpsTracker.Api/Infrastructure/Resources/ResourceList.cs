using OpsTracker.Api.Infrastructure.Paging;
using OpsTracker.Api.Infrastructure.Querying;
using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.Infrastructure.Resources;

/// <summary>
/// A list request, read: the filtered and sorted query, the answer's format and page, or the errors.
/// <see cref="IsUnfiltered"/>: no parameter narrows the list, so it holds every live record of the resource.
/// </summary>
public sealed record ResourceList<TEntity>(IQueryable<TEntity> Query, ListFormat Format, PageQuery Page, ValidationErrors Errors, bool IsUnfiltered);
