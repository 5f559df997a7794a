using OpsTracker.Api.Domain;
using OpsTracker.Api.RecordEngine.Search;

namespace OpsTracker.Api.Features.Persons;

/// <summary>
/// A person the reports name: an arrested ISIS member, a commander, a minister, an envoy. The name is kept as the
/// report writes it (Arabic script where the report uses it); the roles are the ranks and posts sources give the person
/// at a time, each with its own citations, so two sources that disagree (الجنرال, الأدميرال) are both kept.
/// </summary>
public sealed class Person : RecordEntity, ICitingRecord<PersonSource>, IStatusRecord, IConflictingParts
{
    public string Name { get; set; } = "";

    /// <summary>Other names: transliterations, kunyas (أبو عبد الرحمن), noms de guerre.</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Nationality { get; set; }

    /// <summary>The person's roles, in the order the request gave them (<see cref="PersonRole.Position"/>).</summary>
    public List<PersonRole> Roles { get; } = [];

    /// <summary>The citations of every role, each naming its role by position.</summary>
    public List<PersonRoleSource> RoleCitations { get; } = [];

    public List<PersonSource> SourceLinks { get; } = [];

    /// <summary>
    /// From the person's citations, as a statement's (one independent origin, or two or more), and contested when two of
    /// the roles are claims that disagree (<see cref="PartsConflict"/>).
    /// </summary>
    public RecordStatus Status { get; set; } = RecordStatus.SingleSource;

    /// <summary>
    /// Two roles disagree when they are about the same force (or both about none) at overlapping times (a missing from
    /// or to is open), give titles neither of which contains the other, and are each given by sources of their own, none
    /// giving both: CENTCOM's commander as "الجنرال" (Sputnik Arabic) and "الأدميرال" (Shafaq News). A title within the
    /// other says more of the same post ("الرئيس السوري", "الرئيس السوري في المرحلة الانتقالية"), and one source giving
    /// two titles gives a change or two posts: neither is a disagreement.
    /// </summary>
    public bool PartsConflict()
    {
        var sourcesOf = RoleCitations.ToLookup(citation => citation.RolePosition, citation => citation.SourceId);
        return Roles.Any(a => Roles.Any(b => b.Position > a.Position
            && a.ForceId == b.ForceId
            && !a.Title.Contains(b.Title, StringComparison.Ordinal)
            && !b.Title.Contains(a.Title, StringComparison.Ordinal)
            && (a.From is null || b.To is null || a.From <= b.To)
            && (b.From is null || a.To is null || b.From <= a.To)
            && sourcesOf[a.Position].Any()
            && sourcesOf[b.Position].Any()
            && !sourcesOf[a.Position].Intersect(sourcesOf[b.Position]).Any()));
    }

    /// <summary><see cref="PartsConflict"/> in SQL.</summary>
    public static string PartsConflictSql(string table) => $"""
        EXISTS (SELECT 1 FROM "PersonRoles" AS "r1" JOIN "PersonRoles" AS "r2" ON "r2"."PersonId" = "r1"."PersonId" AND "r2"."Position" > "r1"."Position"
            WHERE "r1"."PersonId" = "{table}"."Id"
                AND ("r1"."ForceId" = "r2"."ForceId" OR ("r1"."ForceId" IS NULL AND "r2"."ForceId" IS NULL))
                AND REPLACE("r1"."Title", "r2"."Title", '') = "r1"."Title" AND REPLACE("r2"."Title", "r1"."Title", '') = "r2"."Title"
                AND ("r1"."From" IS NULL OR "r2"."To" IS NULL OR "r1"."From" <= "r2"."To")
                AND ("r2"."From" IS NULL OR "r1"."To" IS NULL OR "r2"."From" <= "r1"."To")
                AND EXISTS (SELECT 1 FROM "PersonRoleSources" AS "c1" WHERE "c1"."PersonId" = "r1"."PersonId" AND "c1"."RolePosition" = "r1"."Position")
                AND EXISTS (SELECT 1 FROM "PersonRoleSources" AS "c2" WHERE "c2"."PersonId" = "r2"."PersonId" AND "c2"."RolePosition" = "r2"."Position")
                AND NOT EXISTS (SELECT 1 FROM "PersonRoleSources" AS "s1" JOIN "PersonRoleSources" AS "s2" ON "s2"."SourceId" = "s1"."SourceId"
                    WHERE "s1"."PersonId" = "r1"."PersonId" AND "s1"."RolePosition" = "r1"."Position"
                        AND "s2"."PersonId" = "r2"."PersonId" AND "s2"."RolePosition" = "r2"."Position"))
        """;

    /// <summary>
    /// The names with every kunya in its three case forms (أبو, أبي, أبا), so a search for "أبي عبد الرحمن", as a
    /// report writes it after a preposition, finds the person stored as "أبو عبد الرحمن".
    /// </summary>
    public override IEnumerable<string?> SearchFields() =>
        [.. KunyaForms.Expand([Name, .. Aliases]), .. Roles.Select(role => role.Title), Notes];
}
