using OpsTracker.Api.Domain;
using OpsTracker.Api.RecordEngine.Search;

namespace OpsTracker.Api.Features.Persons;

/// <summary>
/// A person the reports name: an arrested ISIS member, a commander, a minister, an envoy. The name is kept as the
/// report writes it (Arabic script where the report uses it); the roles are the ranks and posts sources give the person
/// at a time, each with its own citations, so two sources that disagree (الجنرال, الأدميرال) are both kept.
/// </summary>
public sealed class Person : RecordEntity, ICitingRecord<PersonSource>
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
    /// The names with every kunya in its three case forms (أبو, أبي, أبا), so a search for "أبي عبد الرحمن", as a
    /// report writes it after a preposition, finds the person stored as "أبو عبد الرحمن".
    /// </summary>
    public override IEnumerable<string?> SearchFields() =>
        [.. KunyaForms.Expand([Name, .. Aliases]), .. Roles.Select(role => role.Title), Notes];
}
