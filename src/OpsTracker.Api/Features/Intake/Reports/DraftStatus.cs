namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>Where a draft stands: waiting for an analyst, made into a record, or turned down.</summary>
public enum DraftStatus
{
    Pending,
    Accepted,
    Rejected,
}
