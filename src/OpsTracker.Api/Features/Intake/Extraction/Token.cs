namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A word, a number or a punctuation mark of a report, with where it stands in the text.</summary>
internal sealed class Token
{
    private static readonly string[] NoForms = [];

    /// <summary>Character offsets in the report's text, [Start, End).</summary>
    public int Start { get; init; }

    public int End { get; init; }
    public TokenKind Kind { get; init; }

    /// <summary>The folded word (TextFolding), the ASCII digits of a number, or the mark itself.</summary>
    public string Norm { get; init; } = "";

    /// <summary>The folded word without a leading conjunction (و ف) but with its article: how dates and numbers read it.</summary>
    public string Conj { get; init; } = "";

    /// <summary>Every stem the word may stand for once its particles are taken off (TextFolding.ArabicForms).</summary>
    public string[] Forms { get; init; } = NoForms;

    /// <summary>The stems without their article: what article-insensitive lexicons and names are compared with.</summary>
    public string[] BareForms { get; init; } = NoForms;

    /// <summary>The lexicon phrases that start at this word (LexiconIndex.Annotate).</summary>
    public TokenMatch[] Matches { get; set; } = [];

    public bool Arabic { get; init; }

    /// <summary>A Latin word written with a capital letter ("Hamrin"), or all in capitals ("SDF").</summary>
    public bool Capitalized { get; init; }

    public bool AllCaps { get; init; }
    public char Symbol { get; init; }

    /// <summary>The value of a number token: 2,500 is 2500, 7.7 is 7.7.</summary>
    public double Value { get; init; }

    /// <summary>The number was written with a thousands separator or a decimal point.</summary>
    public bool HasSeparator { get; init; }

    public int DigitCount { get; init; }

    /// <summary>Whitespace comes right before the token.</summary>
    public bool SpaceBefore { get; init; }

    public int Sentence { get; set; }

    public bool IsWord => Kind == TokenKind.Word;
    public bool IsNumber => Kind == TokenKind.Number;
    public bool IsSymbol(char c) => Kind == TokenKind.Symbol && Symbol == c;

    /// <summary>One of the word's stems is <paramref name="form"/> (compared without the article).</summary>
    public bool Has(string form) => Array.IndexOf(BareForms, form) >= 0;

    public override string ToString() => Norm;
}
