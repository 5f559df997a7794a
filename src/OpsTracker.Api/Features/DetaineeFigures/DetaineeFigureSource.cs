using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.DetaineeFigures;

public sealed class DetaineeFigureSource : ISourceLink
{
    public long DetaineeFigureId { get; set; }
    public long SourceId { get; set; }
}
