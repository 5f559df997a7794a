using System.Globalization;
using System.Text;

namespace OpsTracker.Api.RecordEngine.Search;

/// <summary>
/// Folds text so that the spellings one name is reported under compare equal: Arabic with or without diacritics
/// (tashkeel) and tatweel, the alef forms أ إ آ ٱ as ا, ى as ي, ة as ه, ؤ as و, ئ as ي; Latin case and accents; and
/// punctuation and runs of spaces as one space ("al-Hol" and "Al Hol" both become "al hol"). Applied once when a
/// record is written (to its search column) and once to each query, never per row per query.
/// </summary>
public static class SearchNormalizer
{
    /// <summary>Separates fields in a record's search text; normalized text never contains it, so no match spans two fields.</summary>
    public const char FieldSeparator = '|';

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // Compatibility decomposition splits accents and hamza/madda from their letters (é → e + ◌́, أ → ا + ◌ٔ)
        // and maps Arabic presentation forms to plain letters; the marks are then dropped below.
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || c == '\u0640' /* tatweel */ || c == '\u200C' || c == '\u200D' || c == '\u200F' || c == '\u200E')
            {
                continue;
            }

            var mapped = Fold(c);
            if (!char.IsLetterOrDigit(mapped))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(mapped);
        }

        return folded.ToString();
    }

    /// <summary>The search text of a record: each field normalized, empty ones dropped, joined by <see cref="FieldSeparator"/>.</summary>
    public static string Combine(IEnumerable<string?> fields) =>
        string.Join(FieldSeparator, fields.Select(Normalize).Where(field => field.Length > 0));

    private static char Fold(char c) => c switch
    {
        '\u0671' => '\u0627', // ٱ alef wasla → ا (أ إ آ are split by the decomposition)
        '\u0649' => '\u064A', // ى alef maksura → ي
        '\u06CC' => '\u064A', // ی Farsi yeh → ي
        '\u0629' => '\u0647', // ة teh marbuta → ه
        '\u06A9' => '\u0643', // ک keheh → ك
        _ => char.ToLowerInvariant(c),
    };
}
