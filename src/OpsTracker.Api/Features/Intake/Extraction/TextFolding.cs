using OpsTracker.Api.RecordEngine.Search;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// How a word of a report is compared with the lexicons and the gazetteer: Persian and Kurdish letter forms mapped to
/// the Arabic letters they stand for, then the project's search normalisation (hamza and alef forms, ى, ة, diacritics,
/// tatweel, case), so a name matches here exactly when it would match a search. Also the candidate stems of an Arabic
/// word once its attached particles (و ف ب ل ك ال لل) are taken off.
/// </summary>
internal static class TextFolding
{
    private const string Article = "ال";

    /// <summary>A set of words as a report's tokens are folded, so an entry written with hamza or ة matches.</summary>
    public static HashSet<string> Set(params string[] words) => new(words.Select(word => Fold(word)), StringComparer.Ordinal);

    /// <summary>Folds one word, dropping everything that is not a letter or a digit (inserted tatweel, joiners, stars).</summary>
    public static string Fold(ReadOnlySpan<char> raw)
    {
        Span<char> buffer = raw.Length <= 128 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        var plain = true;
        foreach (var c in raw)
        {
            var mapped = MapLetterForm(c);
            if (char.IsWhiteSpace(mapped) || mapped is '\u0640' or '*' or '_' or '·' or '•')
            {
                continue;
            }

            // ASCII letters, Arabic letters and their marks are folded here as the search normaliser folds them (its
            // decomposition drops hamza, madda and the diacritics), without the allocations of a normalisation; anything
            // else (accented Latin, presentation forms) goes through the normaliser itself.
            if (mapped < 0x80)
            {
                mapped = char.ToLowerInvariant(mapped);
            }
            else if (mapped is >= '\u064B' and <= '\u065F' or '\u0670')
            {
                continue;
            }
            else
            {
                mapped = mapped switch
                {
                    '\u0622' or '\u0623' or '\u0625' or '\u0671' => 'ا',
                    '\u0624' => 'و',
                    '\u0626' or '\u0649' => 'ي',
                    '\u0629' => 'ه',
                    _ => mapped,
                };
                plain &= IsPlainArabic(mapped);
            }

            buffer[length++] = mapped;
        }

        return plain ? new string(buffer[..length]) : SearchNormalizer.Normalize(new string(buffer[..length])).Replace(" ", "", StringComparison.Ordinal);
    }

    /// <summary>Folds a phrase (a lexicon entry, a gazetteer name) into the words a report's tokens are compared with.</summary>
    public static string[] FoldPhrase(string phrase)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= phrase.Length; i++)
        {
            var inWord = i < phrase.Length && IsWordChar(phrase[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var folded = Fold(phrase.AsSpan(start, i - start));
                if (folded.Length > 0)
                {
                    words.Add(folded);
                }

                start = -1;
            }
        }

        return [.. words];
    }

    /// <summary>A word character of a report: letters, digits, combining marks, tatweel and the zero-width joiners.</summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is '\u0640' or '\u200C' or '\u200D'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    public static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>
    /// The stems a folded Arabic word may stand for: itself, without a conjunction (و ف), without a preposition (ب ل ك),
    /// without the article (ال, and ل+ال written لل), in every combination that leaves at least two letters.
    /// "والقبض" gives القبض and قبض; "للتحالف" gives تحالف.
    /// </summary>
    public static string[] ArabicForms(string word)
    {
        var forms = new List<string>(6) { word };
        var conjunctionEnd = word.Length > 3 && word[0] is 'و' or 'ف' ? 1 : 0;
        for (var start = 0; start <= conjunctionEnd; start++)
        {
            AddStem(forms, word, start);
            if (word.Length - start > 3 && word[start] is 'ب' or 'ل' or 'ك')
            {
                AddStem(forms, word, start + 1);
                if (word[start] == 'ل' && word[start + 1] == 'ل' && word.Length - start > 3)
                {
                    Add(forms, word[(start + 2)..]);
                }
            }
        }

        return [.. forms];
    }

    /// <summary>The word without its article, where it has one and keeps two letters: القبض → قبض.</summary>
    public static string Bare(string word) =>
        word.Length >= 4 && word.StartsWith(Article, StringComparison.Ordinal) ? word[2..] : word;

    /// <summary>The nominative of a kunya's first word: أبي and أبا (folded ابي, ابا) read as أبو.</summary>
    public static string Kunya(string word) => word is "ابي" or "ابا" ? "ابو" : word;

    /// <summary>The text with the case ending of a leading kunya set to the nominative: "أبي حمزة" → "أبو حمزة".</summary>
    public static string NominativeKunya(string name)
    {
        var trimmed = name.Trim();
        foreach (var form in (string[])["أبي ", "أبا ", "ابي ", "ابا "])
        {
            if (trimmed.StartsWith(form, StringComparison.Ordinal))
            {
                return "أبو " + trimmed[form.Length..];
            }
        }

        return trimmed;
    }

    private static void AddStem(List<string> forms, string word, int start)
    {
        if (start > 0)
        {
            Add(forms, word[start..]);
        }

        if (word.Length - start >= 4 && word.AsSpan(start).StartsWith(Article))
        {
            Add(forms, word[(start + 2)..]);
        }
    }

    private static void Add(List<string> forms, string form)
    {
        if (form.Length >= 2 && !forms.Contains(form))
        {
            forms.Add(form);
        }
    }

    private static bool IsPlainArabic(char c) => c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A';

    /// <summary>Persian and Kurdish letters written for the Arabic letter of the same sound in Arabic-script reports.</summary>
    private static char MapLetterForm(char c) => c switch
    {
        '\u06CC' or '\u06CE' or '\u06D0' or '\u06CD' => 'ي', // ی ێ ې ۍ
        '\u06A9' or '\u06AF' => 'ك', // ک گ
        '\u06D5' or '\u06BE' or '\u06C1' => 'ه', // ە ھ ہ
        '\u06C6' or '\u06C7' or '\u06C8' or '\u06CB' => 'و', // ۆ ۇ ۈ ۋ
        '\u06B5' => 'ل', // ڵ
        '\u0695' => 'ر', // ڕ
        '\u067E' => 'ب', // پ
        '\u0686' => 'ج', // چ
        '\u0698' => 'ز', // ژ
        '\u06A4' => 'ف', // ڤ
        _ => c,
    };
}
