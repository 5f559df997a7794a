namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Cuts a report into words, numbers and marks, and those into sentences and paragraphs. Numbers are read in Western,
/// Arabic-Indic (٠–٩) and Persian (۰–۹) digits with the separators , ، ٬ and . between groups of three, and ٫ or a
/// point before one or two decimals. A word broken by tatweel and a space to dodge filters ("داعـ ـش") or by an inserted
/// star is read as one word. Web addresses are skipped.
/// </summary>
internal static class Tokenizer
{
    private const int CachedWords = 100_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, WordForms> Words = new(StringComparer.Ordinal);

    /// <summary>Latin abbreviations whose point does not end a sentence ("Gen.", "Feb.", "U.S.").</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fla", "no", "vs", "etc", "approx", "inc", "co",
    };

    public static TokenizedReport Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 8);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineBreak = false;
        var space = true;
        var sentenceStart = 0;
        var lineStart = 0;

        void EndSentence(bool title)
        {
            if (tokens.Count > sentenceStart)
            {
                sentences.Add(new Sentence { Index = sentences.Count, First = sentenceStart, End = tokens.Count, Paragraph = paragraph, IsTitle = title });
                sentenceStart = tokens.Count;
            }
        }

        void EndLine()
        {
            // A line of fewer than 30 tokens not closed by a sentence mark is a headline or a sub-title.
            var title = sentenceStart == lineStart && tokens.Count - lineStart is > 0 and < 30
                && !(tokens[^1].Kind == TokenKind.Symbol && tokens[^1].Symbol is '.' or '!' or '?' or '؟');
            EndSentence(title);
            lineStart = tokens.Count;
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && !lineBreak)
                {
                    EndLine();
                    lineBreak = true;
                }

                space = true;
                i++;
                continue;
            }

            if (lineBreak && tokens.Count > 0)
            {
                // Every line of a wire report is a paragraph of its own.
                paragraph++;
            }

            lineBreak = false;
            if (StartsAddress(text, i))
            {
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                space = true;
                continue;
            }

            Token token;
            if (char.IsDigit(c))
            {
                token = ReadNumber(text, ref i, space);
            }
            else if (TextFolding.IsWordChar(c))
            {
                token = ReadWord(text, ref i, space);
                if (token.Norm.Length == 0)
                {
                    space = false;
                    continue;
                }
            }
            else
            {
                token = new Token { Start = i, End = i + 1, Kind = TokenKind.Symbol, Symbol = c, Norm = c.ToString(), Conj = c.ToString(), SpaceBefore = space };
                i++;
            }

            tokens.Add(token);
            space = false;

            if (token.Kind == TokenKind.Symbol && EndsSentence(text, tokens))
            {
                EndSentence(false);
            }
        }

        EndLine();
        foreach (var sentence in sentences)
        {
            for (var t = sentence.First; t < sentence.End; t++)
            {
                tokens[t].Sentence = sentence.Index;
            }
        }

        return new TokenizedReport(text, tokens, sentences);
    }

    private static bool EndsSentence(string text, List<Token> tokens)
    {
        var mark = tokens[^1];
        switch (mark.Symbol)
        {
            case '!' or '?' or '؟':
                return true;
            case '.':
                var next = mark.End < text.Length ? text[mark.End] : ' ';
                if (next == '.' || (tokens.Count >= 2 && tokens[^2].IsSymbol('.')))
                {
                    // An ellipsis ("منذ أكتوبر... "سنتكوم"") joins a headline's two halves.
                    return false;
                }

                if (tokens.Count >= 2 && tokens[^2] is { IsWord: true, Arabic: false } word
                    && (word.Norm.Length == 1 || Abbreviations.Contains(word.Norm)))
                {
                    return false;
                }

                return true;
            default:
                return false;
        }
    }

    private static bool StartsAddress(string text, int i) =>
        text.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static Token ReadWord(string text, ref int i, bool space)
    {
        var start = i;
        var arabic = false;
        while (true)
        {
            while (i < text.Length && TextFolding.IsWordChar(text[i]) && !char.IsDigit(text[i]))
            {
                arabic |= TextFolding.IsArabicScript(text[i]);
                i++;
            }

            if (i >= text.Length || !arabic)
            {
                break;
            }

            // "داعـ ـش": a tatweel at the end, spaces, and a tatweel at the start of the next piece.
            if (text[i - 1] == '\u0640')
            {
                var j = i;
                while (j < text.Length && text[j] is ' ' or '\u00A0')
                {
                    j++;
                }

                if (j > i && j + 1 < text.Length && text[j] == '\u0640' && TextFolding.IsArabicScript(text[j + 1]))
                {
                    i = j;
                    continue;
                }
            }

            // "دا*عش", "دا_عش": a star or underscore between Arabic letters.
            if (text[i] is '*' or '_' or '·' && i + 1 < text.Length && TextFolding.IsArabicScript(text[i + 1]) && TextFolding.IsArabicScript(text[i - 1]))
            {
                i++;
                continue;
            }

            break;
        }

        var raw = text.AsSpan(start, i - start);
        var word = WordOf(raw, arabic);
        var capitalized = !arabic && char.IsUpper(raw[0]);
        var allCaps = capitalized && raw.Length > 1 && !raw.ContainsAnyInRange('a', 'z');
        return new Token
        {
            Start = start,
            End = i,
            Kind = TokenKind.Word,
            Norm = word.Norm,
            Conj = word.Conj,
            Forms = word.Forms,
            BareForms = word.BareForms,
            Arabic = arabic,
            Capitalized = capitalized,
            AllCaps = allCaps,
            SpaceBefore = space,
        };
    }

    /// <summary>
    /// The folded forms of a word as written, cached: a report's vocabulary repeats itself and other reports', and
    /// folding and stemming are most of a token's cost. The cache stops growing at <see cref="CachedWords"/> words, so
    /// memory stays flat however many reports are read.
    /// </summary>
    private static WordForms WordOf(ReadOnlySpan<char> raw, bool arabic)
    {
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(raw, out var cached))
        {
            return cached;
        }

        var norm = TextFolding.Fold(raw);
        var conj = arabic && norm.Length > 3 && norm[0] is 'و' or 'ف' ? norm[1..] : norm;
        string[] forms = arabic ? TextFolding.ArabicForms(norm) : [norm];
        var word = new WordForms(norm, conj, forms, BareFormsOf(forms));
        if (Words.Count < CachedWords)
        {
            lookup.TryAdd(raw, word);
        }

        return word;
    }

    private static string[] BareFormsOf(string[] forms)
    {
        var bare = new string[forms.Length];
        var count = 0;
        foreach (var form in forms)
        {
            var stem = TextFolding.Bare(form);
            if (Array.IndexOf(bare, stem, 0, count) < 0)
            {
                bare[count++] = stem;
            }
        }

        return count == bare.Length ? bare : bare[..count];
    }

    private static Token ReadNumber(string text, ref int i, bool space)
    {
        var start = i;
        Span<char> digits = stackalloc char[32];
        var length = 0;
        var groupLengths = new List<int>(4);
        var separators = new List<char>(4);
        var group = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                if (length < digits.Length)
                {
                    digits[length++] = (char)('0' + (int)char.GetNumericValue(c));
                }

                group++;
                i++;
                continue;
            }

            if (c is ',' or '،' or '٬' or '.' or '٫' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && group > 0)
            {
                groupLengths.Add(group);
                separators.Add(c);
                group = 0;
                i++;
                continue;
            }

            break;
        }

        groupLengths.Add(group);
        var value = ValueOf(digits[..length], groupLengths, separators, out var hasSeparator);
        var norm = new string(digits[..length]);
        return new Token
        {
            Start = start,
            End = i,
            Kind = TokenKind.Number,
            Norm = norm,
            Conj = norm,
            Value = value,
            HasSeparator = hasSeparator,
            DigitCount = length,
            SpaceBefore = space,
        };
    }

    /// <summary>
    /// Groups of three after the first say thousands ("2,500", "٣٧٬٥٠٠", "9.000"); ٫, or a single point or comma before
    /// one or two digits, says decimals ("7.7 مليون"). ٬ is always a thousands separator.
    /// </summary>
    private static double ValueOf(ReadOnlySpan<char> digits, List<int> groups, List<char> separators, out bool hasSeparator)
    {
        hasSeparator = separators.Count > 0;
        if (separators.Count == 0)
        {
            return double.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        }

        var thousands = groups[0] <= 3 && groups.Skip(1).All(g => g == 3) && !separators.Contains('٫');
        if (thousands)
        {
            return double.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        }

        if (separators.Count == 1)
        {
            var whole = digits[..groups[0]];
            var fraction = digits[groups[0]..];
            return double.Parse($"{whole}.{fraction}", System.Globalization.CultureInfo.InvariantCulture);
        }

        return double.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);
    }
}
