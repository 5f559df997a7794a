using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Casualties;

public sealed class CasualtySource : SourceLink
{
    public long CasualtyId { get; set; }
}
