using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;

namespace OpsTracker.Api.RecordEngine.Reading;

/// <summary>
/// A record's citations, read for every kind that cites sources (the engine adds this list; a definition declares
/// nothing): <c>sourceIds</c> and <c>citations</c>, both from the link rows, in ascending order of source. A page or an
/// export chunk reads its records' citations by one query, built once, and fills both lists from it.
/// </summary>
public sealed class RecordCitations<TEntity, TResponse, TLink> : LinkList<TEntity, TResponse>
    where TEntity : RecordEntity, ICitingRecord<TLink>
    where TResponse : CitingRecordResponse
    where TLink : SourceLink
{
    /// <summary>A link row as its citation: what the response and the audit trail show.</summary>
    private static readonly Expression<Func<TLink, CitationResponse>> ToCitation = link => new CitationResponse
    {
        SourceId = link.SourceId,
        Quote = link.Quote,
        Locator = link.Locator,
        Credibility = link.Credibility,
        AttributedTo = link.AttributedToForceId == null && link.AttributedToText == null
            ? null
            : new AttributionResponse { ForceId = link.AttributedToForceId, Text = link.AttributedToText },
        Count = link.CountBest == null
            ? null
            : new CountResponse
            {
                Best = link.CountBest.Value,
                Low = link.CountLow,
                High = link.CountHigh,
                Qualifier = link.CountQualifier ?? CountQualifier.Exact,
            },
    };

    private static readonly Expression<Func<TLink, long>> SourceOf = link => link.SourceId;

    private static readonly PropertyInfo Links = typeof(TEntity).GetProperty(nameof(ICitingRecord<TLink>.SourceLinks))!;

    private readonly Func<OpsTrackerDbContext, List<long>, IAsyncEnumerable<CitationRow>> _rows;

    public RecordCitations() => _rows = RecordQueries.WithIds<TEntity, CitationRow>(Rows);

    public override MemberInfo Member { get; } = typeof(TResponse).GetProperty(nameof(CitingRecordResponse.Citations))!;

    public override Type LinkType => typeof(TLink);

    public override bool ShapeSetsIt => false;

    public override IEnumerable<MemberInfo> Members => [typeof(TResponse).GetProperty(nameof(CitingRecordResponse.SourceIds))!, Member];

    public override Expression ReadFrom(ParameterExpression entity) => Ordered(entity, ToCitation);

    public override IEnumerable<MemberAssignment> ReadInline(ParameterExpression entity) =>
    [
        Expression.Bind(typeof(TResponse).GetProperty(nameof(CitingRecordResponse.SourceIds))!, Ordered(entity, SourceOf)),
        Expression.Bind(Member, ReadFrom(entity)),
    ];

    /// <summary>The citations' own source is <c>sourceIds</c>; the force a claim is attributed to, <c>citations.attributedTo.forceId</c>.</summary>
    public override string FieldOf(IForeignKey key) =>
        key.Properties.Single().Name == nameof(SourceLink.AttributedToForceId) ? "citations.attributedTo.forceId" : "sourceIds";

    public override async Task FillAsync(OpsTrackerDbContext db, RecordChunk<TResponse> chunk, CancellationToken cancellationToken)
    {
        await foreach (var row in _rows(db, chunk.Ids).WithCancellation(cancellationToken))
        {
            chunk.AddLink(row.OwnerId, row.Citation.SourceId, response => response.SourceIds);
            chunk.AddLink(row.OwnerId, row.Citation, response => response.Citations);
        }
    }

    /// <summary><c>e.SourceLinks.OrderBy(l =&gt; l.SourceId).Select(value).ToList()</c>.</summary>
    private static MethodCallExpression Ordered<TValue>(ParameterExpression entity, Expression<Func<TLink, TValue>> value)
    {
        var links = Expression.Property(entity, Links);
        var ordered = Expression.Call(typeof(Enumerable), nameof(Enumerable.OrderBy), [typeof(TLink), typeof(long)], links, SourceOf);
        var values = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(TLink), typeof(TValue)], ordered, value);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(TValue)], values);
    }

    private static IQueryable<CitationRow> Rows(IQueryable<TEntity> records)
    {
        var record = Expression.Parameter(typeof(TEntity), "record");
        var linksOf = Expression.Lambda<Func<TEntity, IEnumerable<TLink>>>(Expression.Property(record, Links), record);
        var pairs = records.SelectMany(linksOf, (e, link) => new LinkPair { OwnerId = e.Id, Link = link })
            .OrderBy(pair => pair.OwnerId)
            .ThenBy(pair => pair.Link.SourceId);
        var pair = Expression.Parameter(typeof(LinkPair), "pair");
        var citation = new ParameterReplacer(ToCitation.Parameters[0], Expression.Property(pair, nameof(LinkPair.Link))).Visit(ToCitation.Body);
        return pairs.Select(Expression.Lambda<Func<LinkPair, CitationRow>>(
            Expression.MemberInit(
                Expression.New(typeof(CitationRow)),
                Expression.Bind(typeof(CitationRow).GetProperty(nameof(CitationRow.OwnerId))!, Expression.Property(pair, nameof(LinkPair.OwnerId))),
                Expression.Bind(typeof(CitationRow).GetProperty(nameof(CitationRow.Citation))!, citation)),
            pair));
    }

    private sealed class LinkPair
    {
        public long OwnerId { get; init; }
        public TLink Link { get; init; } = default!;
    }

    private sealed class CitationRow
    {
        public long OwnerId { get; init; }
        public CitationResponse Citation { get; init; } = default!;
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
