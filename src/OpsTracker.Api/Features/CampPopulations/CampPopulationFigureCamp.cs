namespace OpsTracker.Api.Features.CampPopulations;

/// <summary>A camp that a population figure covers.</summary>
public sealed class CampPopulationFigureCamp
{
    public long CampPopulationFigureId { get; set; }
    public long CampId { get; set; }
}
