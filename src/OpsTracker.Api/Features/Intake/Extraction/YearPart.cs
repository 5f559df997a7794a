namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>"early", "mid", "late" in a year or month.</summary>
internal enum YearPart
{
    Start,
    Middle,
    End,
}
