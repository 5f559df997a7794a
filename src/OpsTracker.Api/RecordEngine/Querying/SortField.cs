using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>A field a list can be sorted by (<c>sort=-startDate,id</c>), and where a keyset page after a record starts.</summary>
public abstract class SortField<TEntity>
{
    protected SortField(string name) => Name = name;

    public string Name { get; }

    public abstract IOrderedQueryable<TEntity> OrderBy(IQueryable<TEntity> query, bool descending);
    public abstract IOrderedQueryable<TEntity> ThenBy(IOrderedQueryable<TEntity> query, bool descending);

    /// <summary>The field's value in the record of <paramref name="records"/> that <paramref name="isRecord"/> picks, as a cursor holds it.</summary>
    public abstract Task<JsonElement> ValueAsync(IQueryable<TEntity> records, Expression<Func<TEntity, bool>> isRecord, CancellationToken cancellationToken);

    /// <summary>
    /// Conditions on <paramref name="record"/>: its field sorts after <paramref name="value"/> in the list's order, and
    /// its field equals it (sorted <paramref name="descending"/> or not); null when the value is not one of this field's
    /// (a cursor of some other list). <paramref name="nullsFirst"/>: whether the database sorts nulls before every value
    /// in ascending order (SQLite) or after them (PostgreSQL).
    /// </summary>
    public abstract (Expression After, Expression Equal)? Position(ParameterExpression record, JsonElement value, bool descending, bool nullsFirst);

    public static SortField<TEntity> Of<TKey>(string name, Expression<Func<TEntity, TKey>> key) => new Typed<TKey>(name, key);

    private sealed class Typed<TKey>(string name, Expression<Func<TEntity, TKey>> key) : SortField<TEntity>(name)
    {
        private static readonly Type ValueType = Nullable.GetUnderlyingType(typeof(TKey)) ?? typeof(TKey);
        private static readonly bool MayBeNull = !typeof(TKey).IsValueType || Nullable.GetUnderlyingType(typeof(TKey)) is not null;

        public override IOrderedQueryable<TEntity> OrderBy(IQueryable<TEntity> query, bool descending) =>
            descending ? query.OrderByDescending(key) : query.OrderBy(key);

        public override IOrderedQueryable<TEntity> ThenBy(IOrderedQueryable<TEntity> query, bool descending) =>
            descending ? query.ThenByDescending(key) : query.ThenBy(key);

        public override async Task<JsonElement> ValueAsync(IQueryable<TEntity> records, Expression<Func<TEntity, bool>> isRecord, CancellationToken cancellationToken)
        {
            var values = await records.Where(isRecord).Select(key).Take(1).ToListAsync(cancellationToken);
            return JsonSerializer.SerializeToElement(values.Count == 0 ? default : values[0]);
        }

        public override (Expression After, Expression Equal)? Position(ParameterExpression record, JsonElement value, bool descending, bool nullsFirst)
        {
            TKey? read;
            try
            {
                read = value.Deserialize<TKey>();
            }
            catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
            {
                return null;
            }

            if (read is null && !MayBeNull)
            {
                return null;
            }

            var field = new ParameterReplacer(key.Parameters[0], record).Visit(key.Body);
            var nullsComeAfter = descending == nullsFirst;
            if (read is null)
            {
                // Past a null: the values, when nulls come first in this direction; nothing, when they come last.
                var isNull = Expression.Equal(field, Expression.Constant(null, typeof(TKey)));
                return (nullsComeAfter ? Expression.Constant(false) : Expression.Not(isNull), isNull);
            }

            // Through a field, as a captured variable is, so that EF sends the value as a parameter.
            var boxed = Expression.Field(Expression.Constant(new Holder(read)), nameof(Holder.Value));
            var after = Beyond(field, boxed, read, descending);
            if (MayBeNull && nullsComeAfter)
            {
                after = Expression.OrElse(after, Expression.Equal(field, Expression.Constant(null, typeof(TKey))));
            }

            return (after, Expression.Equal(field, boxed));
        }

        /// <summary>The field sorts strictly after the value in the direction asked for.</summary>
        private static Expression Beyond(Expression field, Expression value, TKey read, bool descending)
        {
            if (ValueType == typeof(string))
            {
                var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, field, value);
                return descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
            }

            if (ValueType.IsEnum)
            {
                // Enums are stored by name and so sorted by name: the names past this one, as a list of values.
                var name = read!.ToString()!;
                var beyond = Enum.GetValues(ValueType).Cast<object>()
                    .Where(other => string.CompareOrdinal(other.ToString(), name) is var order && (descending ? order < 0 : order > 0))
                    .Select(other => (TKey)other)
                    .ToList();
                var list = Expression.Field(Expression.Constant(new Names(beyond)), nameof(Names.Values));
                return Expression.Call(list, typeof(List<TKey>).GetMethod(nameof(List<TKey>.Contains))!, field);
            }

            return descending ? Expression.LessThan(field, value) : Expression.GreaterThan(field, value);
        }

        private sealed class Holder(TKey value)
        {
            public readonly TKey Value = value;
        }

        private sealed class Names(List<TKey> values)
        {
            public readonly List<TKey> Values = values;
        }
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
