using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.StrengthEstimates;

public sealed class StrengthEstimateResponse : ReportRecordResponse
{
    public required long ForceId { get; init; }
    public required List<string> Countries { get; init; }
    public required string? Region { get; init; }
    public required DateOnly AsOf { get; init; }
    public required DatePrecision DatePrecision { get; init; }
}
