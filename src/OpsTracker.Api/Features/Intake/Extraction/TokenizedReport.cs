namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A report's text cut into tokens and sentences.</summary>
internal sealed class TokenizedReport(string text, List<Token> tokens, List<Sentence> sentences)
{
    public string Text { get; } = text;
    public List<Token> Tokens { get; } = tokens;
    public List<Sentence> Sentences { get; } = sentences;

    public Sentence SentenceOf(int token) => Sentences[Tokens[token].Sentence];

    /// <summary>The text of tokens [first, end).</summary>
    public string Slice(int first, int end) =>
        end <= first ? "" : Text[Tokens[first].Start..Tokens[end - 1].End];
}
