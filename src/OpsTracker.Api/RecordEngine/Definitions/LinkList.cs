using System.Linq.Expressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Reading;

namespace OpsTracker.Api.RecordEngine.Definitions;

/// <summary>
/// A list of a response filled from the record's link rows, in ascending order of its values: <c>sourceIds</c> from
/// the citations, <c>forceIds</c>, <c>campIds</c>. A definition declares its lists (<c>Lists</c>) and leaves them empty
/// in its response shape; the engine reads them apart from the records, a page or an export chunk at a time, and
/// writes them into the shape where one record is read whole (by id, for the audit trail).
/// </summary>
public abstract class LinkList<TEntity, TResponse>
    where TEntity : RecordEntity
{
    /// <summary>The response's list: <c>r =&gt; r.SourceIds</c>.</summary>
    public abstract System.Reflection.MemberInfo Member { get; }

    /// <summary>The type of the link rows the list is read from: <c>CasualtySource</c>.</summary>
    public abstract Type LinkType { get; }

    /// <summary>The list read inline from the record <paramref name="entity"/>: <c>e.SourceLinks.OrderBy(l =&gt; l.SourceId).Select(l =&gt; l.SourceId).ToList()</c>.</summary>
    public abstract Expression ReadFrom(ParameterExpression entity);

    /// <summary>
    /// Fills the lists of a sealed chunk's records: reads their link rows in one query, ordered by record and by value,
    /// and adds each value to its record's list.
    /// </summary>
    public abstract Task FillAsync(OpsTrackerDbContext db, RecordChunk<TResponse> chunk, CancellationToken cancellationToken);

    /// <summary>The list <paramref name="member"/> holds the <paramref name="value"/> of each of the record's <paramref name="links"/>.</summary>
    public static LinkList<TEntity, TResponse> Of<TLink, TValue>(
        Expression<Func<TResponse, List<TValue>>> member,
        Expression<Func<TEntity, IEnumerable<TLink>>> links,
        Expression<Func<TLink, TValue>> value) =>
        new RecordLinkValues<TEntity, TResponse, TLink, TValue>(member, links, value);
}
