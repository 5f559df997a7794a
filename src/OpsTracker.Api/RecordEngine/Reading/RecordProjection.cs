using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.RecordEngine.Reading;

/// <summary>
/// A resource's response shape, split: the record's own columns (<see cref="Records"/>, its lists left empty), read
/// by one query, and each list of link rows (<see cref="Lists"/>) read apart, a page or an export chunk of records at a
/// time. Read whole, EF joins the link table and shapes a collection per record, which cost more than reading the
/// records themselves. <see cref="Whole"/> is the shape with every list read inline, for a single record.
/// </summary>
public sealed class RecordProjection<TEntity, TResponse>
    where TEntity : RecordEntity
{
    /// <param name="records">The definition's response shape: every member set, its lists to empty lists.</param>
    /// <param name="lists">The definition's lists, each a member <paramref name="records"/> sets.</param>
    public RecordProjection(Expression<Func<TEntity, TResponse>> records, IReadOnlyList<LinkList<TEntity, TResponse>> lists)
    {
        Records = records;
        Lists = lists;
        Whole = lists.Count == 0 ? records : WithListsInline(records, lists);
    }

    /// <summary>The response with each list empty, to be filled by <see cref="Lists"/>.</summary>
    public Expression<Func<TEntity, TResponse>> Records { get; }

    /// <summary>The lists read apart.</summary>
    public IReadOnlyList<LinkList<TEntity, TResponse>> Lists { get; }

    /// <summary>The response with its lists read in the same query as the record.</summary>
    public Expression<Func<TEntity, TResponse>> Whole { get; }

    /// <summary>Fills the lists of <paramref name="chunk"/>'s records, once every record is in (it seals the chunk).</summary>
    public async Task FillAsync(OpsTrackerDbContext db, RecordChunk<TResponse> chunk, CancellationToken cancellationToken)
    {
        if (Lists.Count == 0 || chunk.Rows.Count == 0)
        {
            return;
        }

        chunk.Seal();
        foreach (var list in Lists)
        {
            await list.FillAsync(db, chunk, cancellationToken);
        }
    }

    /// <summary><paramref name="records"/> with the binding of each declared list replaced by the list read inline.</summary>
    private static Expression<Func<TEntity, TResponse>> WithListsInline(
        Expression<Func<TEntity, TResponse>> records, IReadOnlyList<LinkList<TEntity, TResponse>> lists)
    {
        if (records.Body is not MemberInitExpression init)
        {
            throw new InvalidOperationException(
                $"The response shape of {typeof(TEntity).Name} must be an object initializer (e => new {typeof(TResponse).Name} {{ ... }}) for its lists to be filled.");
        }

        var entity = records.Parameters[0];
        var bindings = init.Bindings.ToList();
        foreach (var list in lists)
        {
            foreach (var read in list.ReadInline(entity))
            {
                var index = bindings.FindIndex(binding => binding.Member.Name == read.Member.Name);
                if (index >= 0)
                {
                    bindings[index] = Expression.Bind(bindings[index].Member, read.Expression);
                }
                else if (list.ShapeSetsIt)
                {
                    throw new InvalidOperationException(
                        $"The response shape of {typeof(TEntity).Name} does not set {list.Member.Name}, a list it declares; set it to an empty list (new()).");
                }
                else
                {
                    // A list the engine reads for every kind of its sort (the citations): the shape may leave it out.
                    bindings.Add(read);
                }
            }
        }

        return Expression.Lambda<Func<TEntity, TResponse>>(Expression.MemberInit(init.NewExpression, bindings), entity);
    }
}
