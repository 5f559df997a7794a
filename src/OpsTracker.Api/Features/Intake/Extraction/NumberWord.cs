namespace OpsTracker.Api.Features.Intake.Extraction;

internal readonly record struct NumberWord(long Value, NumberWordKind Kind);
