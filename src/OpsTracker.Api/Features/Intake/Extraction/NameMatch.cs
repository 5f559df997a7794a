namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A gazetteer name found at tokens [Start, End); Fuzzy when a word differed by one letter ("الأميركية").</summary>
internal readonly record struct NameMatch(GazetteerEntry Entry, int Start, int End, bool Fuzzy);
