using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.DetaineeFigures;

public sealed class DetaineeFigureSource : SourceLink
{
    public long DetaineeFigureId { get; set; }
}
