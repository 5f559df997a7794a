using OpsTracker.Api.Features.Forces;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// A force, camp or person as the database holds it: its id, name and aliases (an acronym is one more alias), and
/// for a force its kind (which says the affiliation of its members), for a camp its country and region.
/// </summary>
public sealed record GazetteerEntry(long Id, GazetteerEntryType Type, string Name, IReadOnlyList<string> Aliases)
{
    public ForceKind? ForceKind { get; init; }
    public string? Country { get; init; }
    public string? Region { get; init; }
}
