using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>
/// One filter of a list endpoint: the query parameters it reads and how it narrows the query. A filter does
/// nothing when its parameters are absent.
/// </summary>
public sealed class ListFilter<TEntity>(
    IReadOnlyList<ListParameter> parameters,
    Func<IQueryable<TEntity>, QueryValues, OpsTrackerDbContext, IQueryable<TEntity>> apply)
{
    public IReadOnlyList<ListParameter> Parameters { get; } = parameters;

    public IQueryable<TEntity> Apply(IQueryable<TEntity> query, QueryValues values, OpsTrackerDbContext db) =>
        apply(query, values, db);
}
