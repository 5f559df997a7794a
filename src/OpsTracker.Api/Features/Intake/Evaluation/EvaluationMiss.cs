namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>
/// A record no draft matched, or a draft that matched no record, in one report. <see cref="IsSeedFigure"/>: a figure
/// of a seed report (a record of a figure kind, not an event or statement), which the targets require to be found.
/// </summary>
public sealed record EvaluationMiss(string File, bool IsSeed, string Description, bool IsFigure = true)
{
    public bool IsSeedFigure => IsSeed && IsFigure;
}
