using System.Linq.Expressions;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>Builds predicates from selectors, so one filter definition serves every entity that has the field.</summary>
public static class ExpressionComposition
{
    /// <summary>
    /// <c>e =&gt; values.Contains(selector(e))</c>, translated to SQL IN (…). The values are reached through a field,
    /// as a lambda's captured variable would be, so EF sends them as parameters and reuses one compiled query for
    /// any values instead of compiling a new one per combination.
    /// </summary>
    public static Expression<Func<TEntity, bool>> In<TEntity, TValue>(Expression<Func<TEntity, TValue>> selector, IReadOnlyCollection<TValue> values)
    {
        var holder = new ValuesHolder<TValue>(values.ToList());
        var list = Expression.Field(Expression.Constant(holder), nameof(ValuesHolder<TValue>.Values));
        var contains = Expression.Call(list, typeof(List<TValue>).GetMethod(nameof(List<TValue>.Contains))!, selector.Body);
        return Expression.Lambda<Func<TEntity, bool>>(contains, selector.Parameters);
    }

    private sealed class ValuesHolder<TValue>(List<TValue> values)
    {
        public readonly List<TValue> Values = values;
    }
}
