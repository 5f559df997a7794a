namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// The names a report's words are matched against, compiled once from the database's forces, camps and people and
/// then shared by every extraction. A name matches through the project's Arabic normalisation, across attached
/// particles ("لقوات سوريا الديمقراطية", "الروج" for روج), kunya case endings (أبي/أبا as أبو), Persian and Kurdish
/// letter forms, punctuation inside the name ("(الهول)", "U.S."), and one wrong letter in a long word of a name of
/// several words ("الأميركية" for الأمريكية). An all-capitals acronym ("SDF") matches only in capitals.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<Name>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<Name> _people = [];

    public Gazetteer(IEnumerable<GazetteerEntry> entries)
    {
        Entries = entries.ToList();
        foreach (var entry in Entries)
        {
            foreach (var text in entry.Aliases.Prepend(entry.Name).Distinct(StringComparer.Ordinal))
            {
                var words = TextFolding.FoldPhrase(text).Select(word => TextFolding.Bare(TextFolding.Kunya(word))).ToArray();
                if (words.Length == 0)
                {
                    continue;
                }

                var acronym = text.Length <= 8 && text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && text.Any(char.IsLetter) && !text.Any(TextFolding.IsArabicScript);
                var name = new Name(entry, words, acronym);
                if (!_byFirstWord.TryGetValue(words[0], out var list))
                {
                    _byFirstWord[words[0]] = list = [];
                }

                list.Add(name);
                if (entry.Type == GazetteerEntryType.Person)
                {
                    _people.Add(name);
                }
            }
        }
    }

    public static Gazetteer Empty { get; } = new([]);

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Every name in tokens [first, end), left to right, the longest at each place.</summary>
    internal List<NameMatch> FindAll(List<Token> tokens, int first, int end)
    {
        var found = new List<NameMatch>();
        for (var i = first; i < end; i++)
        {
            if (TryMatch(tokens, i, end, out var match))
            {
                found.Add(match);
                i = match.End - 1;
            }
        }

        return found;
    }

    /// <summary>The person whose name or alias is <paramref name="text"/>, compared word by word.</summary>
    internal GazetteerEntry? FindPerson(string text)
    {
        var words = TextFolding.FoldPhrase(text).Select(word => TextFolding.Bare(TextFolding.Kunya(word))).ToArray();
        return words.Length == 0 ? null : _people.FirstOrDefault(name => name.Words.SequenceEqual(words))?.Entry;
    }

    internal bool TryMatch(List<Token> tokens, int start, int end, out NameMatch match)
    {
        match = default;
        var token = tokens[start];
        if (!token.IsWord)
        {
            return false;
        }

        var found = false;
        foreach (var form in token.BareForms)
        {
            if (!_byFirstWord.TryGetValue(TextFolding.Kunya(form), out var names))
            {
                continue;
            }

            foreach (var name in names)
            {
                if (name.Acronym && !token.AllCaps)
                {
                    continue;
                }

                var stop = MatchRest(tokens, start, end, name, out var fuzzy);
                if (stop > 0 && (!found || stop > match.End))
                {
                    match = new NameMatch(name.Entry, start, stop, fuzzy);
                    found = true;
                }
            }
        }

        return found;
    }

    private static int MatchRest(List<Token> tokens, int start, int end, Name name, out bool fuzzy)
    {
        fuzzy = false;
        var t = start + 1;
        for (var w = 1; w < name.Words.Length; w++)
        {
            while (t < end && tokens[t].Kind == TokenKind.Symbol && tokens[t].Symbol is '"' or '“' or '”' or '«' or '»' or '(' or ')' or '.' or '-' or '–' or '—' or '/' or '\'' or '’')
            {
                t++;
            }

            if (t >= end || !tokens[t].IsWord)
            {
                return -1;
            }

            var word = name.Words[w];
            if (!Matches(tokens[t], word))
            {
                if (fuzzy || word.Length < 6 || !NearlyMatches(tokens[t], word))
                {
                    return -1;
                }

                fuzzy = true;
            }

            t++;
        }

        // A closing mark that belongs to the name ("(الهول)") is left to the text around it.
        return t;
    }

    private static bool Matches(Token token, string word)
    {
        foreach (var form in token.BareForms)
        {
            if (TextFolding.Kunya(form) == word)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NearlyMatches(Token token, string word)
    {
        foreach (var form in token.BareForms)
        {
            if (WithinOneEdit(form, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One insertion, deletion, substitution or swap of neighbours apart (Damerau–Levenshtein distance ≤ 1).</summary>
    internal static bool WithinOneEdit(string a, string b) =>
        a == b || (Math.Abs(a.Length - b.Length) <= 1 && OneEdit(a, b));

    private static bool OneEdit(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)))
            {
                return true;
            }

            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }

        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private sealed record Name(GazetteerEntry Entry, string[] Words, bool Acronym);
}
