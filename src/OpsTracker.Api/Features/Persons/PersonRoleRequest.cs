using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Persons;

/// <summary>
/// A rank or post a source gives the person: "الأدميرال", commander of CENTCOM (forceId), from a date to a date where the
/// source says, with the citations that make the claim.
/// </summary>
public sealed class PersonRoleRequest
{
    /// <summary>The rank or post as the source words it (required): "الجنرال", "وزير الإعلام".</summary>
    public string? Title { get; init; }

    /// <summary>The force the post is in, or the person commands: a force id.</summary>
    public long? ForceId { get; init; }

    /// <summary>The first day the source gives the person this role.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day; not before <see cref="From"/>.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The sources that give the person this role, each with its quote.</summary>
    public List<CitationRequest>? Citations { get; init; }
}
