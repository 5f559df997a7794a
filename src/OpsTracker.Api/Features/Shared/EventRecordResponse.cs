using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

public abstract class EventRecordResponse : ReportRecordResponse, IGeoPoint
{
    /// <summary>The first day; null when the report gives only the last (a period open at its start).</summary>
    public required DateOnly? StartDate { get; init; }
    public required DateOnly? EndDate { get; init; }
    public required DatePrecision DatePrecision { get; init; }
    public required string Country { get; init; }
    public required string? Region { get; init; }
    public required string? Locality { get; init; }
    public required long? CampId { get; init; }
    public required double? Latitude { get; init; }
    public required double? Longitude { get; init; }
}
