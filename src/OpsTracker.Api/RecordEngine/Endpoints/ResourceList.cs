using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Paging;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.RecordEngine.Endpoints;

/// <summary>
/// A list request, read: the filtered and sorted query, the answer's format and page, or the errors.
/// <see cref="IsUnfiltered"/>: no parameter narrows the list, so it holds every live record of the resource.
/// </summary>
public sealed record ResourceList<TEntity>(IQueryable<TEntity> Query, ListFormat Format, PageQuery Page, ValidationErrors Errors, bool IsUnfiltered);
