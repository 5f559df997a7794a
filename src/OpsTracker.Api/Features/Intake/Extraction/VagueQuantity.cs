namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>The bounds a vague quantity stands for; High is null for "at least" ("عدد من").</summary>
internal readonly record struct VagueQuantity(long Low, long? High);
