using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.CampPopulations;

public sealed class CampPopulationFigureSource : ISourceLink
{
    public long CampPopulationFigureId { get; set; }
    public long SourceId { get; set; }
}
