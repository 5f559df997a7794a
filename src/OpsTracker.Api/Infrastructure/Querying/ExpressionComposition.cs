using System.Linq.Expressions;

namespace OpsTracker.Api.Infrastructure.Querying;

/// <summary>Builds predicates from selectors, so one filter definition serves every entity that has the field.</summary>
public static class ExpressionComposition
{
    /// <summary><c>e =&gt; values.Contains(selector(e))</c>: translated to SQL IN (…).</summary>
    public static Expression<Func<TEntity, bool>> In<TEntity, TValue>(Expression<Func<TEntity, TValue>> selector, IReadOnlyCollection<TValue> values)
    {
        var list = values.ToList();
        var contains = Expression.Call(
            Expression.Constant(list),
            typeof(List<TValue>).GetMethod(nameof(List<TValue>.Contains))!,
            selector.Body);
        return Expression.Lambda<Func<TEntity, bool>>(contains, selector.Parameters);
    }

    public static Expression<Func<T, bool>> OrElse<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var body = new ReplaceParameter(right.Parameters[0], left.Parameters[0]).Visit(right.Body)!;
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, body), left.Parameters);
    }

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
