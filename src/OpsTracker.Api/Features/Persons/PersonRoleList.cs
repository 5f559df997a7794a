using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Reading;

namespace OpsTracker.Api.Features.Persons;

/// <summary>
/// A person's <c>roles</c>, each with its citations: read from two kinds of link rows (<see cref="PersonRole"/> and
/// <see cref="PersonRoleSource"/>), so a role's force, and the sources and attributed forces of its citations, block
/// their deletes like any other reference.
/// </summary>
public sealed class PersonRoleList : LinkList<Person, PersonResponse>
{
    /// <summary>
    /// A person's roles and their citations, as two lists read side by side (a list within each role would need a
    /// lateral join, which SQLite lacks); <see cref="Combine"/> then gives each role its citations.
    /// </summary>
    private static readonly Expression<Func<Person, RoleRows>> Rows = p => new RoleRows
    {
        Id = p.Id,
        Roles = p.Roles.OrderBy(role => role.Position)
            .Select(role => new RoleRow { Position = role.Position, Title = role.Title, ForceId = role.ForceId, From = role.From, To = role.To })
            .ToList(),
        Citations = p.RoleCitations.OrderBy(link => link.RolePosition).ThenBy(link => link.SourceId)
            .Select(link => new RoleCitationRow
            {
                RolePosition = link.RolePosition,
                Citation = new CitationResponse
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
                },
            })
            .ToList(),
    };

    private static readonly MethodInfo CombineMethod = typeof(PersonRoleList).GetMethod(nameof(Combine), BindingFlags.NonPublic | BindingFlags.Static)!;

    public override MemberInfo Member { get; } = typeof(PersonResponse).GetProperty(nameof(PersonResponse.Roles))!;

    public override Type LinkType => typeof(PersonRole);

    public override IEnumerable<Type> LinkTypes => [typeof(PersonRole), typeof(PersonRoleSource)];

    public override Expression ReadFrom(ParameterExpression entity) =>
        Expression.Call(CombineMethod, new ParameterReplacer(Rows.Parameters[0], entity).Visit(Rows.Body));

    /// <summary>roles.forceId; a role's citations: roles.citations.sourceId and roles.citations.attributedTo.forceId.</summary>
    public override string FieldOf(IForeignKey key) =>
        key.DeclaringEntityType.ClrType == typeof(PersonRole)
            ? "roles.forceId"
            : key.Properties.Single().Name == nameof(SourceLink.AttributedToForceId)
                ? "roles.citations.attributedTo.forceId"
                : "roles.citations.sourceId";

    /// <summary>Reads the chunk's roles and their citations in one query, and each person's list from them as one record's is.</summary>
    public override async Task FillAsync(OpsTrackerDbContext db, RecordChunk<PersonResponse> chunk, CancellationToken cancellationToken)
    {
        var ids = chunk.Ids;
        var rows = await db.Set<Person>().AsNoTracking().Where(p => ids.Contains(p.Id) && p.Roles.Any()).Select(Rows).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            foreach (var role in Combine(row))
            {
                chunk.AddLink(row.Id, role, response => response.Roles);
            }
        }
    }

    private static List<PersonRoleResponse> Combine(RoleRows rows)
    {
        var citations = rows.Citations.ToLookup(row => row.RolePosition, row => row.Citation);
        return [.. rows.Roles.Select(role => new PersonRoleResponse
        {
            Title = role.Title,
            ForceId = role.ForceId,
            From = role.From,
            To = role.To,
            Citations = [.. citations[role.Position]],
        })];
    }

    private sealed class RoleRows
    {
        public long Id { get; init; }
        public List<RoleRow> Roles { get; init; } = [];
        public List<RoleCitationRow> Citations { get; init; } = [];
    }

    private sealed class RoleRow
    {
        public int Position { get; init; }
        public string Title { get; init; } = "";
        public long? ForceId { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
    }

    private sealed class RoleCitationRow
    {
        public int RolePosition { get; init; }
        public CitationResponse Citation { get; init; } = default!;
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
