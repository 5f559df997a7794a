namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// A lexicon of phrases (one or more words) found among a report's tokens. Words are compared folded and, unless the
/// table is article-sensitive, without attached particles or the article, so "والقبض على" matches the entry "القبض على".
/// Marks between the words of a phrase (quotes, parentheses, points, dashes) are skipped where the table allows it,
/// so "U.S." matches "U.S." and "(الهول)" matches "الهول". The longest phrase wins.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<Entry>> _byFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entry>> _byLast = new(StringComparer.Ordinal);
    private readonly bool _articleSensitive;
    private readonly bool _skipMarks;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries, bool articleSensitive = false, bool skipMarks = false)
    {
        _articleSensitive = articleSensitive;
        _skipMarks = skipMarks;
        foreach (var (phrase, value) in entries)
        {
            var words = TextFolding.FoldPhrase(phrase);
            if (words.Length == 0)
            {
                continue;
            }

            var keys = articleSensitive ? words : words.Select(TextFolding.Bare).ToArray();
            var entry = new Entry(keys, value);
            Add(_byFirst, keys[0], entry);
            Add(_byLast, keys[^1], entry);
        }
    }

    public int Count => _byFirst.Values.Sum(list => list.Count);

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(List<Token> tokens, int start, int limit, out PhraseMatch<T> match)
    {
        match = default;
        if (start >= limit || tokens[start].Kind != TokenKind.Word)
        {
            return false;
        }

        var found = false;
        foreach (var key in Keys(tokens[start]))
        {
            if (!_byFirst.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                var end = MatchForward(tokens, start, limit, entry.Words);
                if (end > 0 && (!found || end > match.End))
                {
                    match = new PhraseMatch<T>(start, end, entry.Value);
                    found = true;
                }
            }
        }

        return found;
    }

    /// <summary>The longest phrase whose last word is token <paramref name="last"/>, starting at or after <paramref name="floor"/>.</summary>
    public bool TryMatchEndingAt(List<Token> tokens, int last, int floor, out PhraseMatch<T> match)
    {
        match = default;
        if (last < floor || tokens[last].Kind != TokenKind.Word)
        {
            return false;
        }

        var found = false;
        foreach (var key in Keys(tokens[last]))
        {
            if (!_byLast.TryGetValue(key, out var candidates))
            {
                continue;
            }

            foreach (var entry in candidates)
            {
                var start = MatchBackward(tokens, last, floor, entry.Words);
                if (start >= 0 && (!found || start < match.Start))
                {
                    match = new PhraseMatch<T>(start, last + 1, entry.Value);
                    found = true;
                }
            }
        }

        return found;
    }

    /// <summary>Every match in tokens [first, end), left to right, not overlapping.</summary>
    public IEnumerable<PhraseMatch<T>> FindAll(List<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (TryMatch(tokens, i, end, out var match))
            {
                yield return match;
                i = match.End - 1;
            }
        }
    }

    private IEnumerable<string> Keys(Token token)
    {
        if (_articleSensitive)
        {
            yield return token.Norm;
            if (token.Conj != token.Norm)
            {
                yield return token.Conj;
            }

            yield break;
        }

        foreach (var form in token.Forms)
        {
            yield return TextFolding.Bare(form);
        }
    }

    private bool Matches(Token token, string word) =>
        token.Kind == TokenKind.Word && (_articleSensitive ? token.Norm == word || token.Conj == word : token.Has(word));

    private int MatchForward(List<Token> tokens, int start, int limit, string[] words)
    {
        var t = start + 1;
        for (var w = 1; w < words.Length; w++)
        {
            t = SkipMarks(tokens, t, limit);
            if (t >= limit || !Matches(tokens[t], words[w]))
            {
                return -1;
            }

            t++;
        }

        return t;
    }

    private int MatchBackward(List<Token> tokens, int last, int floor, string[] words)
    {
        var t = last - 1;
        for (var w = words.Length - 2; w >= 0; w--)
        {
            while (_skipMarks && t >= floor && IsSkippable(tokens[t]))
            {
                t--;
            }

            if (t < floor || !Matches(tokens[t], words[w]))
            {
                return -1;
            }

            t--;
        }

        return t + 1;
    }

    private int SkipMarks(List<Token> tokens, int t, int limit)
    {
        while (_skipMarks && t < limit && IsSkippable(tokens[t]))
        {
            t++;
        }

        return t;
    }

    private static bool IsSkippable(Token token) =>
        token.Kind == TokenKind.Symbol && token.Symbol is '"' or '\'' or '“' or '”' or '«' or '»' or '(' or ')' or '.' or '-' or '–' or '—' or '/' or '‘' or '’';

    private static void Add(Dictionary<string, List<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(entry);
    }

    private sealed record Entry(string[] Words, T Value);
}
