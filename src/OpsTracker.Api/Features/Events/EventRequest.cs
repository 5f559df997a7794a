using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Events;

/// <summary>
/// A development as one source claims it: "Syria will become the coalition's 90th member" is type
/// coalitionMembership, count {best: 90}, forceIds [the Syrian government, the Global Coalition]. count is optional:
/// left out, the event has no figure, and is answered as {best: 0, qualifier: atLeast} ("at least none").
/// </summary>
public sealed class EventRequest : EventRecordRequest
{
    /// <summary>Required: what happened, in a line.</summary>
    public string? Title { get; init; }

    /// <summary>Required: coalitionMembership, agreement, campClosure, handover, leadershipChange or other.</summary>
    public EventType? Type { get; init; }

    /// <summary>The parties (force ids): who joined, signed, handed over or took over.</summary>
    public List<long>? ForceIds { get; init; }
}
