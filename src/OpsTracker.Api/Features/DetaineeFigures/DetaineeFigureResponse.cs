using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.DetaineeFigures;

public sealed class DetaineeFigureResponse : ReportRecordResponse
{
    public required DateOnly AsOf { get; init; }
    public required DatePrecision DatePrecision { get; init; }
    public required string Facility { get; init; }
    public required long? CustodianForceId { get; init; }
    public required string Country { get; init; }
    public required string? Region { get; init; }
    public required string? Locality { get; init; }
    public required long? CampId { get; init; }
    public required double? Latitude { get; init; }
    public required double? Longitude { get; init; }
}
