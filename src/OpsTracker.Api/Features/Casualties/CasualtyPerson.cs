namespace OpsTracker.Api.Features.Casualties;

/// <summary>A person a casualty record names as killed or wounded ("senior ISIS operative X was killed in a raid").</summary>
public sealed class CasualtyPerson
{
    public long CasualtyId { get; set; }
    public long PersonId { get; set; }
}
