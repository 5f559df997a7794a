using System.Linq.Expressions;
using System.Reflection;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Reading;

/// <summary>
/// A list of <typeparamref name="TValue"/> read from the link rows <typeparamref name="TLink"/> of a chunk's records:
/// <c>SELECT owner id, value … WHERE owner id IN (chunk) ORDER BY owner id, the list's own order</c>, through the
/// link table's primary key, by one query built once for every chunk and page.
/// </summary>
public sealed class RecordLinkValues<TEntity, TResponse, TLink, TValue> : RecordLinkList<TEntity, TResponse>
    where TEntity : RecordEntity
{
    private static readonly MethodInfo QueryableThenBy = QueryableMethod(nameof(Queryable.ThenBy));
    private static readonly MethodInfo QueryableThenByDescending = QueryableMethod(nameof(Queryable.ThenByDescending));

    private readonly Func<TResponse, List<TValue>> _listOf;
    private readonly Expression<Func<TEntity, IEnumerable<TLink>>> _links;
    private readonly IReadOnlyList<(LambdaExpression Key, bool Descending)> _orderings;
    private readonly Expression<Func<TLink, TValue>> _value;
    private readonly Func<OpsTrackerDbContext, List<long>, IAsyncEnumerable<LinkRow>> _rows;

    public RecordLinkValues(MemberInfo member, LambdaExpression links, IReadOnlyList<(LambdaExpression Key, bool Descending)> orderings, LambdaExpression value)
    {
        var response = Expression.Parameter(typeof(TResponse), "response");
        _listOf = Expression.Lambda<Func<TResponse, List<TValue>>>(
            Expression.Convert(Expression.MakeMemberAccess(response, member), typeof(List<TValue>)), response).Compile();
        _links = Expression.Lambda<Func<TEntity, IEnumerable<TLink>>>(links.Body, links.Parameters);
        _orderings = orderings;
        _value = (Expression<Func<TLink, TValue>>)value;
        _rows = RecordQueries.WithIds<TEntity, LinkRow>(LinkRows);
    }

    public override Type ListType => typeof(List<TValue>);

    public override async Task FillAsync(OpsTrackerDbContext db, RecordChunk<TResponse> chunk, CancellationToken cancellationToken)
    {
        await foreach (var row in _rows(db, chunk.Ids).WithCancellation(cancellationToken))
        {
            chunk.AddLink(row.OwnerId, row.Value, _listOf);
        }
    }

    private IQueryable<LinkRow> LinkRows(IQueryable<TEntity> records)
    {
        var pairs = records.SelectMany(_links, (e, link) => new LinkPair { OwnerId = e.Id, Link = link });
        var ordered = pairs.OrderBy(pair => pair.OwnerId);
        var pair = Expression.Parameter(typeof(LinkPair), "pair");
        var pairLink = Expression.Property(pair, nameof(LinkPair.Link));
        foreach (var (key, descending) in _orderings)
        {
            var keyOfPair = Expression.Lambda(new ParameterReplacer(key.Parameters[0], pairLink).Visit(key.Body), pair);
            var method = (descending ? QueryableThenByDescending : QueryableThenBy).MakeGenericMethod(typeof(LinkPair), key.ReturnType);
            ordered = (IOrderedQueryable<LinkPair>)ordered.Provider.CreateQuery<LinkPair>(
                Expression.Call(method, ordered.Expression, Expression.Quote(keyOfPair)));
        }

        var valueOfPair = new ParameterReplacer(_value.Parameters[0], pairLink).Visit(_value.Body);
        return ordered.Select(Expression.Lambda<Func<LinkPair, LinkRow>>(
            Expression.MemberInit(
                Expression.New(typeof(LinkRow)),
                Expression.Bind(typeof(LinkRow).GetProperty(nameof(LinkRow.OwnerId))!, Expression.Property(pair, nameof(LinkPair.OwnerId))),
                Expression.Bind(typeof(LinkRow).GetProperty(nameof(LinkRow.Value))!, valueOfPair)),
            pair));
    }

    private static MethodInfo QueryableMethod(string name) =>
        typeof(Queryable).GetMethods().Single(method => method.Name == name && method.GetParameters().Length == 2);

    private sealed class LinkPair
    {
        public long OwnerId { get; init; }
        public TLink Link { get; init; } = default!;
    }

    private sealed class LinkRow
    {
        public long OwnerId { get; init; }
        public TValue Value { get; init; } = default!;
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
