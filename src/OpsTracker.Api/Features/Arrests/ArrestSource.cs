using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Arrests;

public sealed class ArrestSource : SourceLink
{
    public long ArrestId { get; set; }
}
