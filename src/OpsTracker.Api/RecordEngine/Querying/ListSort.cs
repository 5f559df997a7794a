using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>
/// A list's order, read from <c>sort</c>: its fields with their directions, then the id, in the direction of the last
/// field. It makes the cursor of a record (where the page after it starts) and reads one back as a condition.
/// </summary>
public sealed class ListSort<TEntity>(IReadOnlyList<(SortField<TEntity> Field, bool Descending)> fields)
    where TEntity : RecordEntity
{
    public IReadOnlyList<(SortField<TEntity> Field, bool Descending)> Fields { get; } = fields;

    /// <summary>The sort as the parameter writes it ("-startDate,count.best"; "" for the default, id).</summary>
    public string Key { get; } = string.Join(',', fields.Select(f => f.Descending ? "-" + f.Field.Name : f.Field.Name));

    private bool IdDescending => Fields.Count > 0 && Fields[^1].Descending;

    /// <summary>The cursor of record <paramref name="id"/>: its sort key values, read from <paramref name="records"/>.</summary>
    public async Task<string> CursorAsync(IQueryable<TEntity> records, long id, CancellationToken cancellationToken)
    {
        var keys = new List<System.Text.Json.JsonElement>(Fields.Count);
        foreach (var (field, _) in Fields)
        {
            keys.Add(await field.ValueAsync(records, e => e.Id == id, cancellationToken));
        }

        return new PageCursor(Key, keys, id).Encode();
    }

    /// <summary>
    /// The records after the cursor's in this order: (k1 after v1) or (k1 = v1 and k2 after v2) or ... or (every key
    /// equal and the id after). Null when the cursor does not fit this sort's fields.
    /// </summary>
    public Expression<Func<TEntity, bool>>? After(PageCursor cursor, bool nullsFirst)
    {
        if (cursor.Keys.Count != Fields.Count)
        {
            return null;
        }

        var record = Expression.Parameter(typeof(TEntity), "e");
        var equalSoFar = new List<Expression>();
        Expression? any = null;
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Field.Position(record, cursor.Keys[i], Fields[i].Descending, nullsFirst) is not var (after, equal))
            {
                return null;
            }

            any = Or(any, And([.. equalSoFar, after]));
            equalSoFar.Add(equal);
        }

        var id = Expression.Property(record, nameof(RecordEntity.Id));
        var cursorId = Expression.Field(Expression.Constant(new IdHolder(cursor.Id)), nameof(IdHolder.Value));
        Expression idAfter = IdDescending ? Expression.LessThan(id, cursorId) : Expression.GreaterThan(id, cursorId);
        any = Or(any, And([.. equalSoFar, idAfter]));
        return Expression.Lambda<Func<TEntity, bool>>(any, record);
    }

    private static Expression Or(Expression? left, Expression right) => left is null ? right : Expression.OrElse(left, right);

    private static Expression And(IReadOnlyList<Expression> parts) => parts.Skip(1).Aggregate(parts[0], Expression.AndAlso);

    private sealed class IdHolder(long value)
    {
        public readonly long Value = value;
    }
}
