using System.Linq.Expressions;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>A field a list can be sorted by (<c>sort=-startDate,id</c>).</summary>
public abstract class SortField<TEntity>
{
    protected SortField(string name) => Name = name;

    public string Name { get; }

    public abstract IOrderedQueryable<TEntity> OrderBy(IQueryable<TEntity> query, bool descending);
    public abstract IOrderedQueryable<TEntity> ThenBy(IOrderedQueryable<TEntity> query, bool descending);

    public static SortField<TEntity> Of<TKey>(string name, Expression<Func<TEntity, TKey>> key) => new Typed<TKey>(name, key);

    private sealed class Typed<TKey>(string name, Expression<Func<TEntity, TKey>> key) : SortField<TEntity>(name)
    {
        public override IOrderedQueryable<TEntity> OrderBy(IQueryable<TEntity> query, bool descending) =>
            descending ? query.OrderByDescending(key) : query.OrderBy(key);

        public override IOrderedQueryable<TEntity> ThenBy(IOrderedQueryable<TEntity> query, bool descending) =>
            descending ? query.ThenByDescending(key) : query.ThenBy(key);
    }
}
