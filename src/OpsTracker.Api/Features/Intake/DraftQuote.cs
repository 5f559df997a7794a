namespace OpsTracker.Api.Features.Intake;

/// <summary>The passage a draft comes from: text[Start..End) is exactly <see cref="Text"/>.</summary>
public sealed record DraftQuote(string Text, int Start, int End);
