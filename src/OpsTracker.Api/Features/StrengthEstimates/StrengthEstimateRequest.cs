using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.StrengthEstimates;

/// <summary>
/// An estimate of a group's active fighters: "about 2,500–3,000 in Syria and Iraq in 2025" is count
/// {best: 2750, low: 2500, high: 3000, qualifier: range}, countries [SY, IQ], asOf 2025-01-01 with datePrecision year.
/// </summary>
public sealed class StrengthEstimateRequest : ReportRecordRequest, IDatedFigureFields
{
    /// <summary>The group whose fighters are counted (required): a force id.</summary>
    public long? ForceId { get; init; }

    /// <summary>The countries the estimate covers together: one or more ISO 3166-1 alpha-2 codes (SY, IQ).</summary>
    public List<string>? Countries { get; init; }

    /// <summary>A first-level division, where the estimate is of one region only.</summary>
    public string? Region { get; init; }

    /// <summary>The date the estimate stands for (required).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>How precisely the report dated the estimate (default day); "in 2025" is year.</summary>
    public DatePrecision? DatePrecision { get; init; }
}
