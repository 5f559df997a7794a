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
    /// <summary>The roles in order, each with its citations by source: translated by EF for one record, compiled for a chunk.</summary>
    private static readonly Expression<Func<Person, List<PersonRoleResponse>>> Read = p => p.Roles
        .OrderBy(role => role.Position)
        .Select(role => new PersonRoleResponse
        {
            Title = role.Title,
            ForceId = role.ForceId,
            From = role.From,
            To = role.To,
            Citations = p.RoleCitations
                .Where(link => link.RolePosition == role.Position)
                .OrderBy(link => link.SourceId)
                .Select(link => new CitationResponse
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
                })
                .ToList(),
        })
        .ToList();

    private static readonly Func<Person, List<PersonRoleResponse>> ReadCompiled = Read.Compile();

    public override MemberInfo Member { get; } = typeof(PersonResponse).GetProperty(nameof(PersonResponse.Roles))!;

    public override Type LinkType => typeof(PersonRole);

    public override IEnumerable<Type> LinkTypes => [typeof(PersonRole), typeof(PersonRoleSource)];

    public override Expression ReadFrom(ParameterExpression entity) => new ParameterReplacer(Read.Parameters[0], entity).Visit(Read.Body);

    /// <summary>roles.forceId; a role's citations: roles.citations.sourceId and roles.citations.attributedTo.forceId.</summary>
    public override string FieldOf(IForeignKey key) =>
        key.DeclaringEntityType.ClrType == typeof(PersonRole)
            ? "roles.forceId"
            : key.Properties.Single().Name == nameof(SourceLink.AttributedToForceId)
                ? "roles.citations.attributedTo.forceId"
                : "roles.citations.sourceId";

    /// <summary>Reads the chunk's roles and their citations in one query, and each person's list from them as <see cref="Read"/> does.</summary>
    public override async Task FillAsync(OpsTrackerDbContext db, RecordChunk<PersonResponse> chunk, CancellationToken cancellationToken)
    {
        var ids = chunk.Ids;
        var rows = await db.Set<Person>().AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.Roles.Any())
            .Select(p => new { p.Id, p.Roles, p.RoleCitations })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var person = new Person();
            person.Roles.AddRange(row.Roles);
            person.RoleCitations.AddRange(row.RoleCitations);
            foreach (var role in ReadCompiled(person))
            {
                chunk.AddLink(row.Id, role, response => response.Roles);
            }
        }
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
