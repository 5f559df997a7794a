namespace OpsTracker.Api.Features.Arrests;

/// <summary>A person an arrest record names as arrested.</summary>
public sealed class ArrestPerson
{
    public long ArrestId { get; set; }
    public long PersonId { get; set; }
}
