namespace OpsTracker.Api.Domain;

/// <summary>How precisely the report dated the event or figure ("in 2019" is year precision).</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
