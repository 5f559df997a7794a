using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Reading;

namespace OpsTracker.Api.Features.Statements;

/// <summary>
/// A statement's <c>about</c>: its links in the order the request gave them (a list of objects, where
/// <see cref="LinkList{TEntity, TResponse}.Of"/> reads values in ascending order).
/// </summary>
public sealed class StatementAboutList : LinkList<Statement, StatementResponse>
{
    private static readonly Expression<Func<Statement, List<StatementAboutResponse>>> Links = s => s.AboutLinks
        .OrderBy(link => link.Position)
        .Select(link => new StatementAboutResponse { Kind = link.Kind, Id = link.TargetId })
        .ToList();

    public override MemberInfo Member { get; } = typeof(StatementResponse).GetProperty(nameof(StatementResponse.About))!;

    public override Type LinkType => typeof(StatementAbout);

    public override Expression ReadFrom(ParameterExpression entity) => new ParameterReplacer(Links.Parameters[0], entity).Visit(Links.Body);

    /// <summary>Reads the chunk's links in one query, ordered by statement and position.</summary>
    public override async Task FillAsync(OpsTrackerDbContext db, RecordChunk<StatementResponse> chunk, CancellationToken cancellationToken)
    {
        var ids = chunk.Ids;
        var rows = await db.Set<Statement>().AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .SelectMany(s => s.AboutLinks, (s, link) => new { s.Id, link.Position, link.Kind, link.TargetId })
            .OrderBy(row => row.Id).ThenBy(row => row.Position)
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            chunk.AddLink(row.Id, new StatementAboutResponse { Kind = row.Kind, Id = row.TargetId }, response => response.About);
        }
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
