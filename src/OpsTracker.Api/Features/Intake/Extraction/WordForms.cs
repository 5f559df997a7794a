namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A word as written, folded (<see cref="Token.Norm"/>), without its conjunction, and its stems.</summary>
internal sealed record WordForms(string Norm, string Conj, string[] Forms, string[] BareForms);
