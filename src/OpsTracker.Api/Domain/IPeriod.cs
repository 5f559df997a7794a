namespace OpsTracker.Api.Domain;

/// <summary>When a reported event happened: a day, or a span such as "from 1 October to 6 November".</summary>
public interface IPeriod
{
    DateOnly StartDate { get; set; }
    DateOnly? EndDate { get; set; }
    DatePrecision DatePrecision { get; set; }
}
