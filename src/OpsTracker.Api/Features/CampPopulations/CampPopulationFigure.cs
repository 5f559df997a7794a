using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.CampPopulations;

/// <summary>A camp population figure; reports often give several camps together (al-Hol and Roj), so it covers one or more camps.</summary>
public sealed class CampPopulationFigure : ReportRecordEntity, IDatedFigure, ICitingRecord<CampPopulationFigureSource>
{
    public DateOnly AsOf { get; set; }
    public DatePrecision DatePrecision { get; set; }

    public List<CampPopulationFigureCamp> CampLinks { get; } = [];
    public List<CampPopulationFigureSource> SourceLinks { get; } = [];

    public override IEnumerable<string?> SearchFields() => [Notes];
}
