using System.Runtime.CompilerServices;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Every lexicon phrase of every table in one index by first word, so a report's tokens are looked up once each
/// (<see cref="Annotate"/>) and each table then reads its matches from the tokens instead of searching again: the
/// reader asks the same questions of the same words many times (is this a trigger, a camp word, a prison word…).
/// Tables register themselves when their lexicon class is initialised; <see cref="Load"/> initialises them all
/// before the first report, after which the index is only read, from any thread.
/// </summary>
internal static class LexiconIndex
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, List<Candidate>> ByBareWord = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, List<Candidate>> ByExactWord = new(StringComparer.Ordinal);
    private static int _tables;
    private static volatile bool _loaded;

    public static int Register(IReadOnlyList<string[]> phrases, bool articleSensitive, bool skipMarks)
    {
        lock (Gate)
        {
            if (_loaded)
            {
                throw new InvalidOperationException("A phrase table was created after the lexicon index was loaded; declare it in a lexicon class that Load initialises.");
            }

            var id = _tables++;
            for (var entry = 0; entry < phrases.Count; entry++)
            {
                var words = phrases[entry];
                var index = articleSensitive ? ByExactWord : ByBareWord;
                if (!index.TryGetValue(words[0], out var list))
                {
                    index[words[0]] = list = [];
                }

                list.Add(new Candidate(id, entry, words, articleSensitive, skipMarks));
            }

            return id;
        }
    }

    /// <summary>Initialises every lexicon class, so that every table is in the index before a report is read.</summary>
    public static void Load()
    {
        if (_loaded)
        {
            return;
        }

        foreach (var type in (Type[])[typeof(NumberLexicon), typeof(DateLexicon), typeof(FactLexicon), typeof(AffiliationLexicon), typeof(PlaceLexicon),
            typeof(AttributionLexicon), typeof(ReaderLexicon), typeof(ClaimLexicon)])
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }

        lock (Gate)
        {
            _loaded = true;
        }
    }

    /// <summary>Finds every phrase that starts at each word of the report, within its sentence.</summary>
    public static void Annotate(TokenizedReport report)
    {
        var tokens = report.Tokens;
        var found = new List<TokenMatch>(8);
        foreach (var sentence in report.Sentences)
        {
            for (var t = sentence.First; t < sentence.End; t++)
            {
                var token = tokens[t];
                if (!token.IsWord)
                {
                    continue;
                }

                found.Clear();
                foreach (var key in token.BareForms)
                {
                    if (ByBareWord.TryGetValue(key, out var candidates))
                    {
                        Collect(tokens, t, sentence.End, candidates, found);
                    }
                }

                if (ByExactWord.TryGetValue(token.Norm, out var exact))
                {
                    Collect(tokens, t, sentence.End, exact, found);
                }

                if (token.Conj != token.Norm && ByExactWord.TryGetValue(token.Conj, out var afterConjunction))
                {
                    Collect(tokens, t, sentence.End, afterConjunction, found);
                }

                token.Matches = found.Count == 0 ? [] : Distinct(found);
            }
        }
    }

    private static TokenMatch[] Distinct(List<TokenMatch> found)
    {
        var distinct = new TokenMatch[found.Count];
        var count = 0;
        foreach (var match in found)
        {
            if (Array.IndexOf(distinct, match, 0, count) < 0)
            {
                distinct[count++] = match;
            }
        }

        return count == distinct.Length ? distinct : distinct[..count];
    }

    private static void Collect(List<Token> tokens, int start, int limit, List<Candidate> candidates, List<TokenMatch> found)
    {
        foreach (var candidate in candidates)
        {
            var end = MatchRest(tokens, start, limit, candidate);
            if (end > 0)
            {
                found.Add(new TokenMatch(candidate.Table, candidate.Entry, end));
            }
        }
    }

    /// <summary>The token after the phrase's last word, or -1: the words after the first, with marks skipped where the table allows.</summary>
    public static int MatchRest(List<Token> tokens, int start, int limit, Candidate candidate)
    {
        var t = start + 1;
        for (var w = 1; w < candidate.Words.Length; w++)
        {
            while (candidate.SkipMarks && t < limit && IsSkippable(tokens[t]))
            {
                t++;
            }

            if (t >= limit || !Matches(tokens[t], candidate.Words[w], candidate.ArticleSensitive))
            {
                return -1;
            }

            t++;
        }

        return t;
    }

    public static bool Matches(Token token, string word, bool articleSensitive) =>
        token.Kind == TokenKind.Word && (articleSensitive ? token.Norm == word || token.Conj == word : token.Has(word));

    public static bool IsSkippable(Token token) =>
        token.Kind == TokenKind.Symbol && token.Symbol is '"' or '\'' or '“' or '”' or '«' or '»' or '(' or ')' or '.' or '-' or '–' or '—' or '/' or '‘' or '’';

    internal sealed record Candidate(int Table, int Entry, string[] Words, bool ArticleSensitive, bool SkipMarks);
}
