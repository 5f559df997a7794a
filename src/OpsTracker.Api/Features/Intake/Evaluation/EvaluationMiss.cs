namespace OpsTracker.Api.Features.Intake.Evaluation;

/// <summary>A record no draft matched, or a draft that matched no record, in one report.</summary>
public sealed record EvaluationMiss(string File, bool IsSeed, string Description);
