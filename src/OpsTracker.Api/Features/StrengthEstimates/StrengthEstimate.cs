using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.StrengthEstimates;

/// <summary>
/// The estimated number of active fighters of a group (ISIS) in one or more countries as of a date, as a report gave
/// it: "about 2,500–3,000 active fighters in Syria and Iraq in 2025" covers two countries together.
/// </summary>
public sealed class StrengthEstimate : ReportRecordEntity, IDatedFigure, ICitingRecord<StrengthEstimateSource>
{
    /// <summary>The group whose fighters are counted.</summary>
    public long ForceId { get; set; }

    /// <summary>ISO 3166-1 alpha-2 codes of the countries the estimate covers together, in the order given.</summary>
    public List<string> Countries { get; set; } = [];

    public string? Region { get; set; }

    public DateOnly AsOf { get; set; }
    public DatePrecision DatePrecision { get; set; }

    public List<StrengthEstimateSource> SourceLinks { get; } = [];

    public override IEnumerable<string?> SearchFields() => [Region, Notes];
}
