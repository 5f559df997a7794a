namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A sentence of a report: tokens [First, End) of the report's token list.</summary>
internal sealed class Sentence
{
    public int Index { get; init; }
    public int First { get; init; }
    public int End { get; set; }
    public int Paragraph { get; init; }

    /// <summary>A line of its own without closing punctuation: a headline or a sub-title.</summary>
    public bool IsTitle { get; set; }
}
