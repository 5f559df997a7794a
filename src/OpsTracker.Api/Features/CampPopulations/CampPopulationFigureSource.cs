using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.CampPopulations;

public sealed class CampPopulationFigureSource : SourceLink
{
    public long CampPopulationFigureId { get; set; }
}
