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

    /// <summary>
    /// Every type of link rows the list is read from: <see cref="LinkType"/> alone by default; a list of parts with
    /// citations of their own (a person's roles) reads two.
    /// </summary>
    public virtual IEnumerable<Type> LinkTypes => [LinkType];

    /// <summary>The list read inline from the record <paramref name="entity"/>: <c>e.SourceLinks.OrderBy(l =&gt; l.SourceId).Select(l =&gt; l.SourceId).ToList()</c>.</summary>
    public abstract Expression ReadFrom(ParameterExpression entity);

    /// <summary>
    /// The members of the response this list sets, each read inline from the record <paramref name="entity"/>: its
    /// <see cref="Member"/> by default; the citations set <c>sourceIds</c> and <c>citations</c> from one list of rows.
    /// </summary>
    public virtual IEnumerable<MemberAssignment> ReadInline(ParameterExpression entity) => [Expression.Bind(Member, ReadFrom(entity))];

    /// <summary>Every member of the response the list sets: its <see cref="Member"/> by default.</summary>
    public virtual IEnumerable<System.Reflection.MemberInfo> Members => [Member];

    /// <summary>Whether the definition's response shape sets the list (to an empty list); true for a list it declares.</summary>
    public virtual bool ShapeSetsIt => true;

    /// <summary>
    /// The request field through which a foreign key of the link rows refers (for a refused delete's answer): the
    /// list's own name by default (<c>forceIds</c>).
    /// </summary>
    public virtual string FieldOf(Microsoft.EntityFrameworkCore.Metadata.IForeignKey key) =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(Member.Name);

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
