namespace OpsTracker.Api.Features.Stats;

/// <summary>A time-series bucket: an ISO week (Monday to Sunday), a calendar month or a calendar year.</summary>
public enum TimeInterval
{
    Week,
    Month,
    Year,
}
