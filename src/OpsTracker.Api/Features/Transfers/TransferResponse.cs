using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Transfers;

public sealed class TransferResponse : ReportRecordResponse
{
    public required TransferKind Kind { get; init; }
    public required TransferUnit Unit { get; init; }
    /// <summary>The first day; null when the report gives only the last (a period open at its start).</summary>
    public required DateOnly? StartDate { get; init; }
    public required DateOnly? EndDate { get; init; }
    public required DatePrecision DatePrecision { get; init; }
    public required List<long> FromCampIds { get; init; }
    public required string? FromFacility { get; init; }
    public required long? FromForceId { get; init; }
    public required string? FromCountry { get; init; }
    public required string? ToCountry { get; init; }
    public required long? ToForceId { get; init; }
}
