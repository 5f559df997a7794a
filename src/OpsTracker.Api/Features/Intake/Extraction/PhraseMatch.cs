namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A lexicon phrase found at tokens [Start, End).</summary>
internal readonly record struct PhraseMatch<T>(int Start, int End, T Value);
