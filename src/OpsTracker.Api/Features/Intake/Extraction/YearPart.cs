namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>"early", "mid", "late" in a year or month, or a season of a year ("summer 2025").</summary>
internal enum YearPart
{
    Start,
    Middle,
    End,
    Spring,
    Summer,
    Autumn,
    Winter,
}
