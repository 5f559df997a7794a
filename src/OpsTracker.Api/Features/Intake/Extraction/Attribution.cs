namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>Who a sentence says claims its content: the words of the speaker, and the force among them if the gazetteer knows it.</summary>
internal sealed record Attribution(string Text, long? ForceId, int Start, int End);
