namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A name the text gives that no gazetteer entry matched (a camp, a force, a person), at tokens [Start, End).</summary>
internal sealed record UnresolvedMention(string Text, GazetteerEntryType Type, int Start, int End);
