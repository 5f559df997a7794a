using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Events;

public sealed class EventResponse : EventRecordResponse
{
    public required string Title { get; init; }
    public required EventType Type { get; init; }
    public required List<long> ForceIds { get; init; }
}
