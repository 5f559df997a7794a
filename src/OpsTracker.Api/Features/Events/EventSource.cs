using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Events;

public sealed class EventSource : SourceLink
{
    public long EventId { get; set; }
}
