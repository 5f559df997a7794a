namespace OpsTracker.Api.Features.Events;

/// <summary>A party to an event: a force that joined, signed, handed over or took over.</summary>
public sealed class EventForce
{
    public long EventId { get; set; }
    public long ForceId { get; set; }
}
