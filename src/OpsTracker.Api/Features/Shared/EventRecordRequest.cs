using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

/// <summary>A report of something that happened over a period at a place: operations, casualties, arrests.</summary>
public abstract class EventRecordRequest : ReportRecordRequest, IPeriodFields, IPlaceFields
{
    /// <summary>
    /// First day of the period. Required unless endDate is given: a report that gives only the last day ("on or before
    /// 8 November") leaves it out, and the period is open at its start.
    /// </summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Last day of the period, not before startDate; leave out for a single day.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>How precisely the report dated it (default day).</summary>
    public DatePrecision? DatePrecision { get; init; }

    public string? Country { get; init; }
    public string? Region { get; init; }
    public string? Locality { get; init; }
    public long? CampId { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
}
