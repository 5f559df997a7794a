using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Casualties;

public sealed class CasualtySource : ISourceLink
{
    public long CasualtyId { get; set; }
    public long SourceId { get; set; }
}
