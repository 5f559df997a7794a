using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Persons;

/// <summary>A citation of one of a person's roles: the source that gives the person that rank or post, with its quote.</summary>
public sealed class PersonRoleSource : SourceLink
{
    public long PersonId { get; set; }

    /// <summary>The <see cref="PersonRole.Position"/> of the role cited.</summary>
    public int RolePosition { get; set; }
}
