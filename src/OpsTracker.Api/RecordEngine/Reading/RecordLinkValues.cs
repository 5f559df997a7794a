using System.Linq.Expressions;
using System.Reflection;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.RecordEngine.Reading;

/// <summary>
/// A list of <typeparamref name="TValue"/> read from the link rows <typeparamref name="TLink"/> of a chunk's records:
/// <c>SELECT owner id, value … WHERE owner id IN (chunk) ORDER BY owner id, value</c>, through the link table's
/// primary key, by one query built once for every chunk and page.
/// </summary>
public sealed class RecordLinkValues<TEntity, TResponse, TLink, TValue> : LinkList<TEntity, TResponse>
    where TEntity : RecordEntity
{
    private readonly Func<TResponse, List<TValue>> _listOf;
    private readonly Expression<Func<TEntity, IEnumerable<TLink>>> _links;
    private readonly Expression<Func<TLink, TValue>> _value;
    private readonly Func<OpsTrackerDbContext, List<long>, IAsyncEnumerable<LinkRow>> _rows;

    public RecordLinkValues(
        Expression<Func<TResponse, List<TValue>>> member,
        Expression<Func<TEntity, IEnumerable<TLink>>> links,
        Expression<Func<TLink, TValue>> value)
    {
        Member = member.Body is MemberExpression { Member: var listMember } access && access.Expression == member.Parameters[0]
            ? listMember
            : throw new ArgumentException($"A list is a member of the response, as in r => r.SourceIds, not {member}.", nameof(member));
        if (links.Body is not MemberExpression { Member: PropertyInfo } navigation || navigation.Expression != links.Parameters[0])
        {
            throw new ArgumentException($"A list's link rows are a navigation of the record, as in e => e.SourceLinks, not {links}.", nameof(links));
        }

        _listOf = member.Compile();
        _links = links;
        _value = value;
        _rows = RecordQueries.WithIds<TEntity, LinkRow>(LinkRows);
    }

    public override MemberInfo Member { get; }

    public override Type LinkType => typeof(TLink);

    public override Expression ReadFrom(ParameterExpression entity)
    {
        var navigation = new ParameterReplacer(_links.Parameters[0], entity).Visit(_links.Body);
        var ordered = Expression.Call(typeof(Enumerable), nameof(Enumerable.OrderBy), [typeof(TLink), typeof(TValue)], navigation, _value);
        var values = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(TLink), typeof(TValue)], ordered, _value);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(TValue)], values);
    }

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
        var pair = Expression.Parameter(typeof(LinkPair), "pair");
        var pairLink = Expression.Property(pair, nameof(LinkPair.Link));
        var valueOfPair = new ParameterReplacer(_value.Parameters[0], pairLink).Visit(_value.Body);
        var ordered = pairs.OrderBy(pair => pair.OwnerId).ThenBy(Expression.Lambda<Func<LinkPair, TValue>>(valueOfPair, pair));
        return ordered.Select(Expression.Lambda<Func<LinkPair, LinkRow>>(
            Expression.MemberInit(
                Expression.New(typeof(LinkRow)),
                Expression.Bind(typeof(LinkRow).GetProperty(nameof(LinkRow.OwnerId))!, Expression.Property(pair, nameof(LinkPair.OwnerId))),
                Expression.Bind(typeof(LinkRow).GetProperty(nameof(LinkRow.Value))!, valueOfPair)),
            pair));
    }

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
