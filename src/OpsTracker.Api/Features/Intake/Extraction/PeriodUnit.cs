namespace OpsTracker.Api.Features.Intake.Extraction;

internal enum PeriodUnit
{
    Hour,
    Day,
    Week,
    Month,
    Year,
}
