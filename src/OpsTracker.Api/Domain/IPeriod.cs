namespace OpsTracker.Api.Domain;

/// <summary>
/// When a reported event happened: a day, a span such as "from 1 October to 6 November", or a span open at its start
/// ("on or before 8 November").
/// </summary>
public interface IPeriod
{
    /// <summary>The first day; for a period open at its start, the same day as <see cref="EndDate"/>.</summary>
    DateOnly StartDate { get; set; }

    DateOnly? EndDate { get; set; }
    DatePrecision DatePrecision { get; set; }

    /// <summary>
    /// The report gives no first day, only the last (<see cref="EndDate"/>). Filters, sorts, series and conflicts
    /// place such a record on its end date, the one day the report gives, which is why <see cref="StartDate"/> holds
    /// it; answers give its startDate as null.
    /// </summary>
    bool OpenStart { get; set; }
}
