namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// A lexicon of phrases (one or more words) found among a report's tokens. Words are compared folded and, unless the
/// table is article-sensitive, without attached particles or the article, so "والقبض على" matches the entry "القبض على".
/// Marks between the words of a phrase (quotes, parentheses, points, dashes) are skipped where the table allows it,
/// so "U.S." matches "U.S." and "(الهول)" matches "الهول". The longest phrase wins. Tables live in the lexicon classes
/// (static, built once), and a report's tokens carry their matches (<see cref="LexiconIndex.Annotate"/>).
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly List<(string[] Words, T Value)> _entries = [];
    private readonly bool _articleSensitive;
    private readonly bool _skipMarks;
    private readonly int _id;

    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries, bool articleSensitive = false, bool skipMarks = false)
    {
        _articleSensitive = articleSensitive;
        _skipMarks = skipMarks;
        foreach (var (phrase, value) in entries)
        {
            var words = TextFolding.FoldPhrase(phrase);
            if (words.Length > 0)
            {
                _entries.Add((articleSensitive ? words : words.Select(TextFolding.Bare).ToArray(), value));
            }
        }

        _id = LexiconIndex.Register(_entries.Select(entry => entry.Words).ToList(), articleSensitive, skipMarks);
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending at or before <paramref name="limit"/>.</summary>
    public bool TryMatch(List<Token> tokens, int start, int limit, out PhraseMatch<T> match)
    {
        match = default;
        if (start >= limit || start < 0 || tokens[start].Kind != TokenKind.Word)
        {
            return false;
        }

        var found = false;
        foreach (var candidate in tokens[start].Matches)
        {
            if (candidate.Table == _id && candidate.End <= limit && (!found || candidate.End > match.End))
            {
                match = new PhraseMatch<T>(start, candidate.End, _entries[candidate.Entry].Value);
                found = true;
            }
        }

        return found;
    }

    /// <summary>The longest phrase whose last word is token <paramref name="last"/>, starting at or after <paramref name="floor"/>.</summary>
    public bool TryMatchEndingAt(List<Token> tokens, int last, int floor, out PhraseMatch<T> match)
    {
        match = default;
        if (last < 0 || last < floor || tokens[last].Kind != TokenKind.Word)
        {
            return false;
        }

        for (var start = Math.Max(0, floor); start <= last; start++)
        {
            foreach (var candidate in tokens[start].Matches)
            {
                if (candidate.Table == _id && candidate.End == last + 1)
                {
                    match = new PhraseMatch<T>(start, last + 1, _entries[candidate.Entry].Value);
                    return true;
                }
            }
        }

        return false;
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

    /// <summary>A match starts in tokens [first, end).</summary>
    public bool Any(List<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (TryMatch(tokens, i, end, out _))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => $"{_entries.Count} phrases{(_articleSensitive ? ", article-sensitive" : "")}{(_skipMarks ? ", skipping marks" : "")}";
}
