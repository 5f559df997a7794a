using CsCheck;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>
/// Text as reports and hostile clients write it: Arabic with and without diacritics and tatweel, transliterations,
/// direction marks and joiners, characters outside the basic plane, combining marks, control characters, quotes,
/// markup and SQL, spaces where they are not expected, and runs long enough to reach the fields' limits.
/// </summary>
public static class FuzzText
{
    private static readonly string[] Pieces =
    [
        "الهول", "دير الزور", "قوات سوريا الديمقراطية", "تنظيم داعش", "مُخَيَّم", "الـــهول", "٢٠٢٥", "al-Hol", "Deir ez-Zor",
        "\u200f", "\u200e", "\u202b", "\u200d", "\u200c", "\u00a0", "\ufeff", "😀", "👨‍👩‍👧", "𝔸", "é", "e\u0301", "ﻻ", "中文", "Ελληνικά",
        "\t", "\r\n", "\n", " ", "  ", "\"", "'", "\\", "/", ";", ",", "%", "_", "<script>alert(1)</script>", "' OR 1=1 --",
        "{{7*7}}", "${x}", "\u0001", "\u0000", "\u007f", "\uffff", "\ufffd", "null", "0", "-1", "1e400",
    ];

    /// <summary>Text short enough for a query string or a path: up to 6 pieces, or up to 20 random characters.</summary>
    public static readonly Gen<string> Short = Gen.OneOf(
        Gen.Int[0, Pieces.Length - 1].Array[0, 6].Select(indexes => string.Concat(indexes.Select(i => Pieces[i]))),
        Gen.Char[Alphabet].Array[0, 20].Select(chars => new string(chars)));

    /// <summary>Letters of both scripts, digits, punctuation and spaces, for runs of random characters.</summary>
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-_'\"()[]{}:;!?@#&*+=/\\|<>~`^$\t"
        + "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةىًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩";

    /// <summary>A string of 0 to 12 pieces, of up to 40 random characters, or a long run of one letter.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (4, Gen.Int[0, Pieces.Length - 1].Array[0, 12].Select(indexes => string.Concat(indexes.Select(i => Pieces[i])))),
        (4, Gen.Char[Alphabet].Array[0, 40].Select(chars => new string(chars))),
        (1, Gen.Int[1, 3000].Select(length => new string('ب', length))));
}
