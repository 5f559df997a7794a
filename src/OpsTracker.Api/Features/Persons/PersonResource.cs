using System.Linq.Expressions;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Features.Sources;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Persons;

public sealed class PersonResource : ResourceDefinition<Person, PersonRequest, PersonResponse>
{
    public override string Path => "persons";
    public override string Tag => "Persons";

    public override string Description =>
        "People the reports name (arrested ISIS members, commanders, ministers, envoys), with their names as the reports "
        + "write them, their aliases and kunyas, and the ranks and posts each source gives them, disagreements kept.";

    public override string SingularName => "person";
    public override string PluralName => "persons";

    protected override Expression<Func<Person, PersonResponse>> ToResponse => p => new PersonResponse
    {
        Id = p.Id,
        ExternalId = p.ExternalId,
        Name = p.Name,
        Aliases = p.Aliases,
        Nationality = p.Nationality,
        Roles = new(),
        SourceIds = new(),
        Notes = p.Notes,
        CreatedAt = p.CreatedAt,
        UpdatedAt = p.UpdatedAt,
    };

    protected override IEnumerable<LinkList<Person, PersonResponse>> Lists => [new PersonRoleList()];

    public override void Apply(PersonRequest request, Person entity)
    {
        RecordMapping.ApplyRecord(request, entity);
        RecordMapping.ApplyCitations(request, entity.SourceLinks, id => new PersonSource { SourceId = id });
        entity.Name = request.Name!;
        entity.Aliases = request.Aliases ?? [];
        entity.Nationality = request.Nationality;
        ApplyRoles(request.Roles ?? [], entity);
    }

    /// <summary>
    /// Writes the roles by position, keeping the rows of the positions that stay (so an unchanged list writes nothing),
    /// and each role's citations, each source once per role.
    /// </summary>
    private static void ApplyRoles(List<PersonRoleRequest> roles, Person entity)
    {
        entity.Roles.RemoveAll(role => role.Position >= roles.Count);
        var cited = roles
            .SelectMany((role, position) => (role.Citations ?? []).DistinctBy(citation => citation.SourceId).Select(citation => (Position: position, Citation: citation)))
            .ToDictionary(item => (item.Position, item.Citation.SourceId!.Value), item => item.Citation);
        entity.RoleCitations.RemoveAll(link => !cited.ContainsKey((link.RolePosition, link.SourceId)));
        for (var position = 0; position < roles.Count; position++)
        {
            var role = entity.Roles.FirstOrDefault(stored => stored.Position == position);
            if (role is null)
            {
                role = new PersonRole { Position = position };
                entity.Roles.Add(role);
            }

            role.Title = roles[position].Title!;
            role.ForceId = roles[position].ForceId;
            role.From = roles[position].From;
            role.To = roles[position].To;
        }

        foreach (var ((position, sourceId), citation) in cited)
        {
            var link = entity.RoleCitations.FirstOrDefault(stored => stored.RolePosition == position && stored.SourceId == sourceId);
            if (link is null)
            {
                link = new PersonRoleSource { RolePosition = position, SourceId = sourceId };
                entity.RoleCitations.Add(link);
            }

            RecordMapping.ApplyClaim(citation, link);
        }
    }

    public override IEnumerable<ReferenceCheck> References(PersonRequest request)
    {
        var roles = request.Roles ?? [];
        var citations = roles
            .SelectMany((role, i) => (role?.Citations ?? []).Select((citation, j) => (Field: $"roles[{i}].citations[{j}]", Citation: citation)))
            .ToList();
        return
        [
            ReferenceCheck.ToMany<Source>("sourceIds", "source", request.SourceIds),
            ReferenceCheck.Within<Force>("roles", "force",
                [.. roles.Select((role, i) => ($"roles[{i}].forceId", role?.ForceId ?? 0)).Where(id => id.Item2 > 0)]),
            ReferenceCheck.Within<Source>("roles", "source",
                [.. citations.Select(item => ($"{item.Field}.sourceId", item.Citation?.SourceId ?? 0)).Where(id => id.Item2 > 0)]),
            ReferenceCheck.Within<Force>("roles", "force",
                [.. citations.Select(item => ($"{item.Field}.attributedTo.forceId", item.Citation?.AttributedTo?.ForceId ?? 0)).Where(id => id.Item2 > 0)]),
        ];
    }

    protected override IEnumerable<ListFilter<Person>> Filters =>
    [
        ListFilters.Citations<Person, PersonSource>(),
        new(
            [new("nationality", "Only persons of one of these nationalities (ISO 3166-1 alpha-2 codes, comma-separated).", "IQ")],
            (query, values, _) => values.CountryCodesList("nationality")?.ToList() is { } nationalities
                ? query.Where(p => p.Nationality != null && nationalities.Contains(p.Nationality))
                : query),
        new(
            [ListParameter.Ids("forceId", "Only persons with a role in one of these forces (force ids, comma-separated).", "1")],
            (query, values, _) => values.Ids("forceId") is { } forceIds
                ? query.Where(p => p.Roles.Any(role => role.ForceId != null && forceIds.Contains(role.ForceId.Value)))
                : query),
    ];

    protected override IEnumerable<SortField<Person>> SortFields =>
    [
        SortField<Person>.Of("name", p => p.Name),
        SortField<Person>.Of("nationality", p => p.Nationality),
    ];

    /// <summary><c>q</c> "CENTCOM" finds the persons with a role in it.</summary>
    public override Expression<Func<Person, bool>> RefersToMatching(IReadOnlyCollection<long> matchingCampIds, IReadOnlyCollection<long> matchingForceIds) =>
        p => p.Roles.Any(role => role.ForceId != null && matchingForceIds.Contains(role.ForceId.Value));

    public override void MapOwnEndpoints(IEndpointRouteBuilder api) => api.MapPersonRecords(this);
}
