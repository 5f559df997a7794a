using System.Linq.Expressions;
using System.Reflection;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Reading;

/// <summary>
/// A resource's response shape split for exports: the record's own columns, read by one query, and each list of link
/// rows (<c>sourceIds</c>, <c>forceIds</c>, <c>campIds</c>) read apart, a chunk of records at a time. Read whole, EF
/// joins the link table and shapes a collection per record, which cost more than reading the records themselves.
/// </summary>
/// <remarks>
/// A list is read apart when its binding is <c>e.Links.OrderBy(l =&gt; key)….Select(l =&gt; value).ToList()</c>; any
/// other binding stays in the records' query as written, so an unrecognised shape is slower, never different.
/// </remarks>
public sealed class RecordProjection<TEntity, TResponse>
{
    private RecordProjection(Expression<Func<TEntity, TResponse>> records, IReadOnlyList<RecordLinkList<TEntity, TResponse>> links)
    {
        Records = records;
        Links = links;
    }

    /// <summary>The response with each list read apart left empty, to be filled by <see cref="Links"/>.</summary>
    public Expression<Func<TEntity, TResponse>> Records { get; }

    /// <summary>The lists read apart.</summary>
    public IReadOnlyList<RecordLinkList<TEntity, TResponse>> Links { get; }

    /// <summary>Fills the lists of <paramref name="chunk"/>'s records, once every record is in (it seals the chunk).</summary>
    public async Task FillAsync(OpsTrackerDbContext db, RecordChunk<TResponse> chunk, CancellationToken cancellationToken)
    {
        if (Links.Count == 0 || chunk.Rows.Count == 0)
        {
            return;
        }

        chunk.Seal();
        foreach (var list in Links)
        {
            await list.FillAsync(db, chunk, cancellationToken);
        }
    }

    public static RecordProjection<TEntity, TResponse> Of(Expression<Func<TEntity, TResponse>> toResponse)
    {
        if (toResponse.Body is not MemberInitExpression init)
        {
            return new RecordProjection<TEntity, TResponse>(toResponse, []);
        }

        var entity = toResponse.Parameters[0];
        var bindings = new List<MemberBinding>();
        var links = new List<RecordLinkList<TEntity, TResponse>>();
        foreach (var binding in init.Bindings)
        {
            if (binding is MemberAssignment assignment && LinkList(entity, assignment) is { } link)
            {
                links.Add(link);
                bindings.Add(Expression.Bind(assignment.Member, Expression.New(link.ListType)));
                continue;
            }

            bindings.Add(binding);
        }

        var records = Expression.Lambda<Func<TEntity, TResponse>>(Expression.MemberInit(init.NewExpression, bindings), entity);
        return new RecordProjection<TEntity, TResponse>(records, links);
    }

    /// <summary>The link list of <c>Member = entity.Links.OrderBy(…)[.ThenBy(…)].Select(…).ToList()</c>, else null.</summary>
    private static RecordLinkList<TEntity, TResponse>? LinkList(ParameterExpression entity, MemberAssignment assignment)
    {
        if (assignment.Expression is not MethodCallExpression { Method.Name: nameof(Enumerable.ToList) } toList
            || toList.Method.DeclaringType != typeof(Enumerable)
            || toList.Arguments[0] is not MethodCallExpression { Method.Name: nameof(Enumerable.Select) } select
            || select.Method.DeclaringType != typeof(Enumerable)
            || select.Arguments[1] is not LambdaExpression { Parameters.Count: 1 } value)
        {
            return null;
        }

        var orderings = new List<(LambdaExpression Key, bool Descending)>();
        var source = select.Arguments[0];
        while (source is MethodCallExpression call && call.Method.DeclaringType == typeof(Enumerable)
            && call.Method.Name is nameof(Enumerable.OrderBy) or nameof(Enumerable.OrderByDescending)
                or nameof(Enumerable.ThenBy) or nameof(Enumerable.ThenByDescending)
            && call.Arguments.Count == 2 && call.Arguments[1] is LambdaExpression key)
        {
            orderings.Insert(0, (key, call.Method.Name.EndsWith("Descending", StringComparison.Ordinal)));
            var first = call.Method.Name.StartsWith("Order", StringComparison.Ordinal);
            source = call.Arguments[0];
            if (first)
            {
                break;
            }
        }

        // Without an explicit order the list's order is whatever EF chose, which the query apart could not repeat.
        if (orderings.Count == 0
            || source is not MemberExpression { Member: PropertyInfo } navigation || navigation.Expression != entity
            || UsesOwner(entity, value, orderings)
            || !MemberType(assignment.Member).IsAssignableFrom(typeof(List<>).MakeGenericType(value.ReturnType)))
        {
            return null;
        }

        var linkType = value.Parameters[0].Type;
        var type = typeof(RecordLinkValues<,,,>).MakeGenericType(typeof(TEntity), typeof(TResponse), linkType, value.ReturnType);
        return (RecordLinkList<TEntity, TResponse>)Activator.CreateInstance(
            type, assignment.Member, Expression.Lambda(navigation, entity), orderings, value)!;
    }

    private static Type MemberType(MemberInfo member) => member switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo field => field.FieldType,
        _ => typeof(void),
    };

    /// <summary>A key or value that reads the record itself, not only the link row, cannot be read apart.</summary>
    private static bool UsesOwner(ParameterExpression entity, LambdaExpression value, IEnumerable<(LambdaExpression Key, bool Descending)> orderings) =>
        ParameterFinder.Uses(value.Body, entity) || orderings.Any(ordering => ParameterFinder.Uses(ordering.Key.Body, entity));

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        private bool _found;

        public static bool Uses(Expression expression, ParameterExpression parameter)
        {
            var finder = new ParameterFinder(parameter);
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= node == parameter;
            return node;
        }
    }
}
