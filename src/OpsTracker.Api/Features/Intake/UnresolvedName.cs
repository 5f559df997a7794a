namespace OpsTracker.Api.Features.Intake;

/// <summary>A name the text gives that matched nothing in the database: type is "force", "camp" or "person". Never guessed.</summary>
public sealed record UnresolvedName(string Text, string Type, int Start, int End);
