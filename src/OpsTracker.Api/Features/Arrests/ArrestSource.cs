using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Arrests;

public sealed class ArrestSource : ISourceLink
{
    public long ArrestId { get; set; }
    public long SourceId { get; set; }
}
