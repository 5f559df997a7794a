using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.CampPopulations;

public sealed class CampPopulationFigureResponse : ReportRecordResponse
{
    public required List<long> CampIds { get; init; }
    public required DateOnly AsOf { get; init; }
    public required DatePrecision DatePrecision { get; init; }
}
