using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Number words of both languages (folded, as TextFolding writes them: أ إ آ → ا, ة → ه, ى → ي), the vague quantities
/// with the bounds documented in docs/intake.md, and the words that qualify a figure.
/// </summary>
internal static class NumberLexicon
{
    public static readonly Dictionary<string, NumberWord> Words = Build(
    [
        // Arabic units in their masculine, feminine and case forms.
        (1, NumberWordKind.Unit, "واحد واحده احد احدي"),
        (2, NumberWordKind.Unit, "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي"),
        (3, NumberWordKind.Unit, "ثلاث ثلاثه"),
        (4, NumberWordKind.Unit, "اربع اربعه"),
        (5, NumberWordKind.Unit, "خمس خمسه"),
        (6, NumberWordKind.Unit, "ست سته"),
        (7, NumberWordKind.Unit, "سبع سبعه"),
        (8, NumberWordKind.Unit, "ثمان ثماني ثمانيه"),
        (9, NumberWordKind.Unit, "تسع تسعه"),
        (10, NumberWordKind.Ten, "عشر عشره"),
        (20, NumberWordKind.Tens, "عشرون عشرين"),
        (30, NumberWordKind.Tens, "ثلاثون ثلاثين"),
        (40, NumberWordKind.Tens, "اربعون اربعين"),
        (50, NumberWordKind.Tens, "خمسون خمسين"),
        (60, NumberWordKind.Tens, "ستون ستين"),
        (70, NumberWordKind.Tens, "سبعون سبعين"),
        (80, NumberWordKind.Tens, "ثمانون ثمانين"),
        (90, NumberWordKind.Tens, "تسعون تسعين"),
        (100, NumberWordKind.Hundred, "مئه مائه"),
        (200, NumberWordKind.Tens, "مئتان مئتين مائتان مائتين مئتا مائتا"),
        (300, NumberWordKind.Tens, "ثلاثمئه ثلاثمائه"),
        (400, NumberWordKind.Tens, "اربعمئه اربعمائه"),
        (500, NumberWordKind.Tens, "خمسمئه خمسمائه"),
        (600, NumberWordKind.Tens, "ستمئه ستمائه"),
        (700, NumberWordKind.Tens, "سبعمئه سبعمائه"),
        (800, NumberWordKind.Tens, "ثمانمئه ثمانمائه ثمانيمئه ثمانيمائه"),
        (900, NumberWordKind.Tens, "تسعمئه تسعمائه"),
        (1000, NumberWordKind.Scale, "الف الفا"),
        (1000, NumberWordKind.PluralScale, "الاف"),
        (2000, NumberWordKind.DualScale, "الفان الفين الفي"),
        (1_000_000, NumberWordKind.Scale, "مليون مليونا"),
        (1_000_000, NumberWordKind.PluralScale, "ملايين"),
        (2_000_000, NumberWordKind.DualScale, "مليونان مليونين"),
        (1_000_000_000, NumberWordKind.Scale, "مليار مليارا"),

        // English.
        (1, NumberWordKind.Unit, "one"),
        (2, NumberWordKind.Unit, "two"),
        (3, NumberWordKind.Unit, "three"),
        (4, NumberWordKind.Unit, "four"),
        (5, NumberWordKind.Unit, "five"),
        (6, NumberWordKind.Unit, "six"),
        (7, NumberWordKind.Unit, "seven"),
        (8, NumberWordKind.Unit, "eight"),
        (9, NumberWordKind.Unit, "nine"),
        (10, NumberWordKind.Unit, "ten"),
        (11, NumberWordKind.Unit, "eleven"),
        (12, NumberWordKind.Unit, "twelve"),
        (13, NumberWordKind.Unit, "thirteen"),
        (14, NumberWordKind.Unit, "fourteen"),
        (15, NumberWordKind.Unit, "fifteen"),
        (16, NumberWordKind.Unit, "sixteen"),
        (17, NumberWordKind.Unit, "seventeen"),
        (18, NumberWordKind.Unit, "eighteen"),
        (19, NumberWordKind.Unit, "nineteen"),
        (20, NumberWordKind.Tens, "twenty"),
        (30, NumberWordKind.Tens, "thirty"),
        (40, NumberWordKind.Tens, "forty"),
        (50, NumberWordKind.Tens, "fifty"),
        (60, NumberWordKind.Tens, "sixty"),
        (70, NumberWordKind.Tens, "seventy"),
        (80, NumberWordKind.Tens, "eighty"),
        (90, NumberWordKind.Tens, "ninety"),
        (100, NumberWordKind.Hundred, "hundred"),
        (1000, NumberWordKind.Scale, "thousand"),
        (1_000_000, NumberWordKind.Scale, "million"),
        (1_000_000_000, NumberWordKind.Scale, "billion"),
        (12, NumberWordKind.Dozen, "dozen"),
    ]);

    /// <summary>Scale words that may follow digits: "30 ألفاً", "3 آلاف", "2.5 million".</summary>
    public static bool IsScale(Token token, out long scale)
    {
        scale = 0;
        if (token.Kind == TokenKind.Word && Words.TryGetValue(token.Norm, out var word)
            && word.Kind is NumberWordKind.Scale or NumberWordKind.PluralScale)
        {
            scale = word.Value;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Vague quantities and their bounds: a figure "dozens" is at least 20 and at most 99, and its best is the lower
    /// bound, so totals never overstate what a report said. "عدد من" / "a number of" is at least 2.
    /// </summary>
    public static readonly PhraseTable<VagueQuantity> Vague = new(
    [
        ("عشرات", new VagueQuantity(20, 99)),
        ("dozens", new VagueQuantity(20, 99)),
        ("dozens of", new VagueQuantity(20, 99)),
        ("scores of", new VagueQuantity(20, 99)),
        ("مئات", new VagueQuantity(200, 999)),
        ("hundreds", new VagueQuantity(200, 999)),
        ("hundreds of", new VagueQuantity(200, 999)),
        ("الاف", new VagueQuantity(2000, 9999)),
        ("thousands", new VagueQuantity(2000, 9999)),
        ("thousands of", new VagueQuantity(2000, 9999)),
        ("عشرات الاف", new VagueQuantity(20_000, 99_999)),
        ("tens of thousands", new VagueQuantity(20_000, 99_999)),
        ("tens of thousands of", new VagueQuantity(20_000, 99_999)),
        ("مئات الاف", new VagueQuantity(200_000, 999_999)),
        ("hundreds of thousands", new VagueQuantity(200_000, 999_999)),
        ("hundreds of thousands of", new VagueQuantity(200_000, 999_999)),
        ("عده", new VagueQuantity(3, 9)),
        ("بضعه", new VagueQuantity(3, 9)),
        ("بضع", new VagueQuantity(3, 9)),
        ("several", new VagueQuantity(3, 9)),
        ("a few", new VagueQuantity(3, 9)),
        ("a handful of", new VagueQuantity(3, 9)),
        ("عدد من", new VagueQuantity(2, null)),
        ("a number of", new VagueQuantity(2, null)),
    ]);

    /// <summary>Words before a figure that qualify it.</summary>
    public static readonly PhraseTable<CountQualifier> Before = new(
    [
        .. Phrases(CountQualifier.MoreThan,
            "اكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "ما يربو على", "يربو على", "يتجاوز", "تجاوز",
            "ما يفوق", "يفوق", "ازيد من", "more than", "over", "upwards of", "in excess of", "exceeding", "above"),
        .. Phrases(CountQualifier.AtLeast,
            "ما لا يقل عن", "لا يقل عن", "على الاقل", "at least", "no fewer than", "no less than", "not less than", "a minimum of"),
        .. Phrases(CountQualifier.Approximately,
            "نحو", "حوالي", "حوالى", "قرابه", "ما يقارب", "يقارب", "ما يقرب من", "زهاء", "ما يناهز", "يناهز", "تقريبا",
            "about", "around", "approximately", "nearly", "almost", "some", "roughly", "an estimated", "estimated", "close to",
            "circa", "approx"),
        .. Phrases(CountQualifier.AtMost,
            "ما يصل الي", "يصل الي", "لا يتجاوز", "لا يزيد عن", "لا يزيد على", "up to", "as many as", "at most", "no more than",
            "not more than", "a maximum of"),
        .. Phrases(CountQualifier.LessThan,
            "اقل من", "دون", "ما دون", "ادني من", "fewer than", "less than", "below", "under"),
    ]);

    /// <summary>Words after a figure that qualify it: "11 مدنياً على الأقل", "30 ألفاً تقريباً", "five or more".</summary>
    public static readonly PhraseTable<CountQualifier> After = new(
    [
        .. Phrases(CountQualifier.AtLeast, "على الاقل", "at least", "or more", "او اكثر", "فاكثر", "واكثر"),
        .. Phrases(CountQualifier.Approximately, "تقريبا", "approximately", "or so", "roughly"),
    ]);

    /// <summary>Words that open a range before its first figure: "بين … و…", "من … إلى…", "between … and …".</summary>
    public static readonly PhraseTable<RangeOpener> RangeOpeners = new(
    [
        ("بين", RangeOpener.Between), ("ما بين", RangeOpener.Between), ("between", RangeOpener.Between),
        ("يتراوح بين", RangeOpener.Between), ("تتراوح بين", RangeOpener.Between), ("ranging between", RangeOpener.Between),
        ("من", RangeOpener.From), ("from", RangeOpener.From), ("يتراوح من", RangeOpener.From), ("ما يتراوح من", RangeOpener.From),
        ("ranging from", RangeOpener.From),
    ]);

    private static Dictionary<string, NumberWord> Build((long Value, NumberWordKind Kind, string Forms)[] rows)
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal);
        foreach (var (value, kind, forms) in rows)
        {
            foreach (var form in forms.Split(' '))
            {
                words[TextFolding.Fold(form)] = new NumberWord(value, kind);
            }
        }

        return words;
    }

    private static IEnumerable<(string, CountQualifier)> Phrases(CountQualifier qualifier, params string[] phrases) =>
        phrases.Select(phrase => (phrase, qualifier));
}
