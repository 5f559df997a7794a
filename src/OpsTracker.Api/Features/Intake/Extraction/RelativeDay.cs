namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>The dates a report gives relative to its publication.</summary>
internal enum RelativeDay
{
    Today,
    Yesterday,
    TwoDaysAgo,
    LastWeek,
    LastMonth,
    ThisMonth,
    LastYear,
    ThisYear,
    Current,
    SameAsBefore,
}
