namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A lexicon phrase that starts at a token: which table, which of its entries, and the token after its end.</summary>
internal readonly record struct TokenMatch(int Table, int Entry, int End);
