namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// Month names in both Arabic systems (the Syriac names of the Levant and Iraq, تشرين الأول; the Latin-derived names
/// of Egypt and the Gulf, أكتوبر; and the French-derived names of the Maghreb, جانفي), English months, weekdays, and the
/// words of relative dates. Arabic entries are folded by the tables.
/// </summary>
internal static class DateLexicon
{
    public static readonly PhraseTable<int> Months = new(
    [
        ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8),
        ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("ابريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
        ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("اكتوبر", 10), ("نوفمبر", 11),
        ("ديسمبر", 12),
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4), ("may", 5),
        ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9),
        ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ], articleSensitive: true);

    /// <summary>Month names that are also common words ("may", "march", آب "father"): read as months only beside a day, a year or a date word.</summary>
    public static readonly HashSet<string> AmbiguousMonths = TextFolding.Set(
 "may", "march", "mar", "اب", "ماي", "jan", "dec", "sep");

    /// <summary>Weekdays, 0 = Sunday as in <see cref="DayOfWeek"/>.</summary>
    public static readonly PhraseTable<DayOfWeek> Weekdays = new(
    [
        ("الأحد", DayOfWeek.Sunday), ("الاثنين", DayOfWeek.Monday), ("الإثنين", DayOfWeek.Monday), ("الثلاثاء", DayOfWeek.Tuesday),
        ("الأربعاء", DayOfWeek.Wednesday), ("الخميس", DayOfWeek.Thursday), ("الجمعة", DayOfWeek.Friday), ("السبت", DayOfWeek.Saturday),
        ("sunday", DayOfWeek.Sunday), ("monday", DayOfWeek.Monday), ("tuesday", DayOfWeek.Tuesday), ("wednesday", DayOfWeek.Wednesday),
        ("thursday", DayOfWeek.Thursday), ("friday", DayOfWeek.Friday), ("saturday", DayOfWeek.Saturday),
    ], articleSensitive: true);

    public static readonly PhraseTable<RelativeDay> Relative = new(
    [
        ("اليوم", RelativeDay.Today), ("فجر اليوم", RelativeDay.Today), ("صباح اليوم", RelativeDay.Today), ("ظهر اليوم", RelativeDay.Today),
        ("عصر اليوم", RelativeDay.Today), ("مساء اليوم", RelativeDay.Today), ("الليلة", RelativeDay.Today), ("today", RelativeDay.Today),
        ("tonight", RelativeDay.Today), ("earlier today", RelativeDay.Today), ("this morning", RelativeDay.Today),
        ("أمس", RelativeDay.Yesterday), ("البارحة", RelativeDay.Yesterday), ("فجر أمس", RelativeDay.Yesterday), ("صباح أمس", RelativeDay.Yesterday),
        ("ظهر أمس", RelativeDay.Yesterday), ("عصر أمس", RelativeDay.Yesterday), ("مساء أمس", RelativeDay.Yesterday), ("ليلة أمس", RelativeDay.Yesterday),
        ("ليل أمس", RelativeDay.Yesterday), ("الليلة الماضية", RelativeDay.Yesterday), ("yesterday", RelativeDay.Yesterday),
        ("last night", RelativeDay.Yesterday), ("overnight", RelativeDay.Yesterday),
        ("قبل يومين", RelativeDay.TwoDaysAgo), ("أول أمس", RelativeDay.TwoDaysAgo), ("two days ago", RelativeDay.TwoDaysAgo),
        ("الأسبوع الماضي", RelativeDay.LastWeek), ("خلال أسبوع", RelativeDay.LastWeek), ("last week", RelativeDay.LastWeek),
        ("the past week", RelativeDay.LastWeek), ("this week", RelativeDay.LastWeek), ("هذا الأسبوع", RelativeDay.LastWeek),
        ("الشهر الماضي", RelativeDay.LastMonth), ("الشهر المنصرم", RelativeDay.LastMonth), ("الشهر الفائت", RelativeDay.LastMonth),
        ("last month", RelativeDay.LastMonth),
        ("الشهر الجاري", RelativeDay.ThisMonth), ("الشهر الحالي", RelativeDay.ThisMonth), ("هذا الشهر", RelativeDay.ThisMonth),
        ("this month", RelativeDay.ThisMonth), ("earlier this month", RelativeDay.ThisMonth),
        ("العام الماضي", RelativeDay.LastYear), ("السنة الماضية", RelativeDay.LastYear), ("العام المنصرم", RelativeDay.LastYear),
        ("last year", RelativeDay.LastYear),
        ("العام الجاري", RelativeDay.ThisYear), ("العام الحالي", RelativeDay.ThisYear), ("هذا العام", RelativeDay.ThisYear),
        ("السنة الحالية", RelativeDay.ThisYear), ("this year", RelativeDay.ThisYear), ("earlier this year", RelativeDay.ThisYear),
        ("حاليا", RelativeDay.Current), ("الآن", RelativeDay.Current), ("حتى الآن", RelativeDay.Current), ("في الوقت الراهن", RelativeDay.Current),
        ("في الوقت الحالي", RelativeDay.Current), ("currently", RelativeDay.Current), ("now", RelativeDay.Current), ("at present", RelativeDay.Current),
        ("presently", RelativeDay.Current), ("to date", RelativeDay.Current),
        ("الشهر ذاته", RelativeDay.SameAsBefore), ("الشهر نفسه", RelativeDay.SameAsBefore), ("ذات الشهر", RelativeDay.SameAsBefore),
        ("نفس الشهر", RelativeDay.SameAsBefore), ("الفترة ذاتها", RelativeDay.SameAsBefore), ("الفترة نفسها", RelativeDay.SameAsBefore),
        ("ذات الفترة", RelativeDay.SameAsBefore), ("نفس الفترة", RelativeDay.SameAsBefore), ("the same month", RelativeDay.SameAsBefore),
        ("the same period", RelativeDay.SameAsBefore), ("the same date", RelativeDay.SameAsBefore), ("the same day", RelativeDay.SameAsBefore),
        ("اليوم ذاته", RelativeDay.SameAsBefore), ("اليوم نفسه", RelativeDay.SameAsBefore), ("ذات اليوم", RelativeDay.SameAsBefore),
        ("نفس اليوم", RelativeDay.SameAsBefore), ("التاريخ ذاته", RelativeDay.SameAsBefore), ("التاريخ نفسه", RelativeDay.SameAsBefore),
    ], articleSensitive: true);

    /// <summary>Units of "the past N …": days (1), weeks (7), months and years count in their own unit.</summary>
    public static readonly Dictionary<string, (PeriodUnit Unit, int Count)> Units = BuildUnits(
    [
        (PeriodUnit.Day, 1, "يوم ايام الايام اليوم day days"),
        (PeriodUnit.Day, 2, "يومين اليومين"),
        (PeriodUnit.Hour, 1, "ساعه ساعات الساعات الساعه hour hours"),
        (PeriodUnit.Week, 1, "اسبوع اسابيع الاسابيع الاسبوع week weeks"),
        (PeriodUnit.Week, 2, "اسبوعين الاسبوعين"),
        (PeriodUnit.Month, 1, "شهر اشهر شهور الاشهر الشهور الشهر month months"),
        (PeriodUnit.Month, 2, "شهرين الشهرين"),
        (PeriodUnit.Year, 1, "سنه سنوات السنوات عام اعوام الاعوام العام year years"),
        (PeriodUnit.Year, 2, "سنتين السنتين عامين العامين"),
    ]);

    /// <summary>Words that say a period ends now: "الأشهر الستة الماضية", "the past six months".</summary>
    public static readonly HashSet<string> Past = TextFolding.Set(

        "الماضيه", "الماضي", "الماضيين", "الماضيتين", "الاخيره", "الاخير", "الاخيرين", "المنصرمه", "المنصرم", "الفائته", "السابقه",
        "past", "last", "previous", "preceding");

    /// <summary>Words that open a period running to publication: "منذ", "since".</summary>
    public static readonly HashSet<string> Since = TextFolding.Set(
 "منذ", "since");

    /// <summary>Words before a bare year that make it a date: "عام 2019", "in 2019".</summary>
    public static readonly HashSet<string> YearLead = TextFolding.Set(

        "عام", "العام", "سنه", "السنه", "لعام", "خلال", "في", "منذ", "حتي", "بحلول", "in", "during", "since", "of", "by", "until",
        "through", "throughout");

    public static readonly PhraseTable<YearPart> YearParts = new(
    [
        ("مطلع", YearPart.Start), ("بداية", YearPart.Start), ("بدايات", YearPart.Start), ("أوائل", YearPart.Start), ("بدء", YearPart.Start),
        ("مستهل", YearPart.Start), ("early", YearPart.Start), ("the start of", YearPart.Start), ("the beginning of", YearPart.Start),
        ("start of", YearPart.Start), ("beginning of", YearPart.Start),
        ("منتصف", YearPart.Middle), ("أواسط", YearPart.Middle), ("mid", YearPart.Middle), ("the middle of", YearPart.Middle),
        ("middle of", YearPart.Middle),
        ("منتصف صيف", YearPart.Summer), ("منتصف الصيف", YearPart.Summer), ("صيف", YearPart.Summer), ("summer", YearPart.Summer),
        ("the summer of", YearPart.Summer), ("midsummer", YearPart.Summer), ("خريف", YearPart.Autumn), ("autumn", YearPart.Autumn),
        ("the autumn of", YearPart.Autumn), ("شتاء", YearPart.Winter), ("winter", YearPart.Winter), ("the winter of", YearPart.Winter),
        ("spring", YearPart.Spring), ("the spring of", YearPart.Spring),
        ("أواخر", YearPart.End), ("نهاية", YearPart.End), ("late", YearPart.End), ("the end of", YearPart.End), ("end of", YearPart.End),
    ]);

    /// <summary>Ordinal day numbers: "الأول من تشرين الأول", "the first of October".</summary>
    public static readonly Dictionary<string, int> OrdinalDays = BuildOrdinals(
    [
        (1, "الاول first"), (2, "الثاني second"), (3, "الثالث third"), (4, "الرابع fourth"), (5, "الخامس fifth"), (6, "السادس sixth"),
        (7, "السابع seventh"), (8, "الثامن eighth"), (9, "التاسع ninth"), (10, "العاشر tenth"), (20, "العشرين twentieth"),
        (30, "الثلاثين thirtieth"),
    ]);

    /// <summary>Verbs of a duration: "استمرت عشرة أيام", "lasted five days".</summary>
    public static readonly HashSet<string> Lasted = TextFolding.Set("استمرت", "استمر", "استغرقت", "استغرق", "دامت", "دام", "lasted", "lasting", "took");

    /// <summary>Verbs of a beginning: "انطلقت يوم السبت", "began on Saturday".</summary>
    public static readonly HashSet<string> Began = TextFolding.Set("انطلقت", "انطلق", "بدأت", "بدأ", "بدات", "began", "started", "launched");

    /// <summary>Superlatives and ordinals that make "this year" the scope of a ranking: "the largest … this year", "الرابعة هذا العام".</summary>
    public static readonly HashSet<string> Ranking = TextFolding.Set(
        "largest", "biggest", "first", "second", "third", "fourth", "fifth", "such", "أكبر", "الأكبر", "الأولى", "الثانية", "الثالثة",
        "الرابعة", "الخامسة");

    /// <summary>Words for "this" and "last" after a month name: "تموز الماضي", "أكتوبر الجاري".</summary>
    public static readonly HashSet<string> ThisMonthWords = TextFolding.Set(
 "الجاري", "الحالي");

    private static Dictionary<string, (PeriodUnit, int)> BuildUnits((PeriodUnit Unit, int Count, string Forms)[] rows)
    {
        var units = new Dictionary<string, (PeriodUnit, int)>(StringComparer.Ordinal);
        foreach (var (unit, count, forms) in rows)
        {
            foreach (var form in forms.Split(' '))
            {
                units[TextFolding.Fold(form)] = (unit, count);
            }
        }

        return units;
    }

    private static Dictionary<string, int> BuildOrdinals((int Day, string Forms)[] rows)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (day, forms) in rows)
        {
            foreach (var form in forms.Split(' '))
            {
                ordinals[TextFolding.Fold(form)] = day;
            }
        }

        return ordinals;
    }
}
