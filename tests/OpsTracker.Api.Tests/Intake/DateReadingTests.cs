using OpsTracker.Api.Domain;
using static OpsTracker.Api.Tests.Intake.IntakeTestGazetteer;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>
/// Dates of both languages and both Arabic month systems, spans, and dates relative to the publication date (Thursday
/// 13 November 2025 here), at the precision the text gives.
/// </summary>
public sealed class DateReadingTests
{
    [Theory]
    [InlineData("اعتقال 5 عناصر من داعش في 1 تشرين الأول 2025", "2025-10-01", null, DatePrecision.Day)]
    [InlineData("اعتقال 5 عناصر من داعش في 1 أكتوبر", "2025-10-01", null, DatePrecision.Day)]
    [InlineData("اعتقال 5 عناصر من داعش في 1 تشرين الأول/ أكتوبر", "2025-10-01", null, DatePrecision.Day)]
    [InlineData("اعتقال 5 عناصر من داعش في 3 مارس/ آذار 2025", "2025-03-03", null, DatePrecision.Day)]
    [InlineData("اعتقال 5 عناصر من داعش في 20 كانون الأول", "2024-12-20", null, DatePrecision.Day)]
    [InlineData("Police arrested 5 suspects on Oct. 28.", "2025-10-28", null, DatePrecision.Day)]
    [InlineData("Police arrested 5 suspects on October 1, 2025.", "2025-10-01", null, DatePrecision.Day)]
    [InlineData("Police arrested 5 suspects on 6 November 2025.", "2025-11-06", null, DatePrecision.Day)]
    [InlineData("اعتقال 5 عناصر من داعش في الفترة ما بين 1 أكتوبر و6 نوفمبر/ تشرين الثاني", "2025-10-01", "2025-11-06", DatePrecision.Day)]
    [InlineData("اعتقال 5 عناصر من داعش خلال الفترة الممتدة من 1 تشرين الأول/ أكتوبر حتى 6 تشرين الثاني/ نوفمبر", "2025-10-01", "2025-11-06", DatePrecision.Day)]
    [InlineData("اعتقال 5 عناصر من داعش بين 10 و16 شباط/ فبراير", "2025-02-10", "2025-02-16", DatePrecision.Day)]
    [InlineData("اعتقال 5 عناصر من داعش بين الأول والخامس من تشرين الأول", "2025-10-01", "2025-10-05", DatePrecision.Day)]
    [InlineData("Police arrested 5 suspects between January 18 and January 20.", "2025-01-18", "2025-01-20", DatePrecision.Day)]
    [InlineData("اعتقال 5 عناصر من داعش في تموز/ يوليو الماضي", "2025-07-01", "2025-07-31", DatePrecision.Month)]
    [InlineData("اعتقال 5 عناصر من داعش خلال عام 2024", "2024-01-01", "2024-12-31", DatePrecision.Year)]
    [InlineData("Police arrested 5 suspects in 2019.", "2019-01-01", "2019-12-31", DatePrecision.Year)]
    public void Absolute_dates_and_spans_in_both_languages(string text, string start, string? end, DatePrecision precision) =>
        AssertPeriod(Single(text), start, end, precision);

    [Theory]
    [InlineData("أعلنت قسد، اليوم الخميس، اعتقال 5 عناصر من داعش", "2025-11-13", null, DatePrecision.Day)]
    [InlineData("The SDF said it arrested 5 ISIS suspects today, Thursday.", "2025-11-13", null, DatePrecision.Day)]
    [InlineData("اعتقلت قسد، أمس الأربعاء، 5 عناصر من داعش", "2025-11-12", null, DatePrecision.Day)]
    [InlineData("Police arrested 5 suspects yesterday.", "2025-11-12", null, DatePrecision.Day)]
    [InlineData("اعتقلت قسد، يوم الثلاثاء، 5 عناصر من داعش", "2025-11-11", null, DatePrecision.Day)]
    [InlineData("Police arrested 5 suspects on Tuesday.", "2025-11-11", null, DatePrecision.Day)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش يوم الخميس الماضي", "2025-11-06", null, DatePrecision.Day)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش ليلة أمس", "2025-11-12", null, DatePrecision.Day)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش خلال الشهر الماضي", "2025-10-01", "2025-10-31", DatePrecision.Month)]
    [InlineData("Police arrested 5 suspects last month.", "2025-10-01", "2025-10-31", DatePrecision.Month)]
    [InlineData("Police arrested 5 suspects since July.", "2025-07-01", "2025-11-13", DatePrecision.Month)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش منذ تموز", "2025-07-01", "2025-11-13", DatePrecision.Month)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش منذ مطلع العام", "2025-01-01", "2025-11-13", DatePrecision.Year)]
    [InlineData("Police arrested 5 suspects over the past six months.", "2025-05-13", "2025-11-13", DatePrecision.Month)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش خلال الأشهر الستة الماضية", "2025-05-13", "2025-11-13", DatePrecision.Month)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش خلال الستة أشهر الماضية", "2025-05-13", "2025-11-13", DatePrecision.Month)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش خلال الـ24 ساعة الماضية", "2025-11-12", "2025-11-13", DatePrecision.Day)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش خلال الأسبوع الماضي", "2025-11-06", "2025-11-13", DatePrecision.Day)]
    [InlineData("اعتقلت قسد 5 عناصر من داعش العام الماضي", "2024-01-01", "2024-12-31", DatePrecision.Year)]
    [InlineData("Police arrested 5 suspects in mid-2025.", "2025-07-01", "2025-07-31", DatePrecision.Month)]
    [InlineData("اعتقلت قوات الأمن 18 من عناصر داعش خلال عشرة أيام", "2025-11-03", "2025-11-13", DatePrecision.Day)]
    [InlineData("اعتقلت قوات الأمن 18 من عناصر داعش خلال حملة استمرت عشرة أيام", "2025-11-03", "2025-11-13", DatePrecision.Day)]
    [InlineData("أسفرت العملية التي انطلقت يوم السبت عن اعتقال 30 مطلوباً", "2025-11-08", "2025-11-13", DatePrecision.Day)]
    public void Relative_dates_resolve_against_the_publication_date(string text, string start, string? end, DatePrecision precision) =>
        AssertPeriod(Single(text), start, end, precision);

    [Theory]
    [InlineData("يضم مخيم الهول حالياً نحو 30 ألف شخص", "2025-11-13", DatePrecision.Day)]
    [InlineData("كان مخيم الهول يضم 70 ألف شخص عام 2019", "2019-01-01", DatePrecision.Year)]
    [InlineData("يضم مخيم الهول نحو 31 ألف شخص حتى منتصف صيف 2025", "2025-06-01", DatePrecision.Season)]
    [InlineData("Al Hol camp held about 31,000 people in the summer of 2025.", "2025-06-01", DatePrecision.Season)]
    [InlineData("كان مخيم الهول يضم نحو 40 ألف شخص في شتاء 2025", "2024-12-01", DatePrecision.Season)]
    [InlineData("Al Hol camp housed about 35,000 people in autumn 2024.", "2024-09-01", DatePrecision.Season)]
    [InlineData("As of mid-2025, Al Hol camp housed about 27,000 people.", "2025-07-01", DatePrecision.Month)]
    [InlineData("Al Hol camp housed more than 73,000 people in early 2019.", "2019-01-01", DatePrecision.Month)]
    [InlineData("كان مخيم الهول يضم أكثر من 56 ألف شخص مطلع العام الماضي", "2024-01-01", DatePrecision.Month)]
    [InlineData("يضم مخيم الهول نحو 30 ألف شخص", "2025-11-13", DatePrecision.Day)]
    public void A_figure_takes_the_date_it_stands_for(string text, string asOf, DatePrecision precision)
    {
        var draft = Single(text);

        Assert.Equal("camp-populations", draft.Kind);
        Assert.Equal((DateOnly.Parse(asOf), precision), (draft.Record.AsOf!.Value, draft.Record.DatePrecision!.Value));
    }

    [Fact]
    public void This_year_after_a_superlative_is_the_scope_of_a_ranking_not_a_date() =>
        AssertPeriod(Single("Several hundred Iraqi families left Al Hol camp on Sunday in the largest return convoy this year."), "2025-11-09", null, DatePrecision.Day);

    [Fact]
    public void Now_in_a_statement_is_the_statement_day()
    {
        var draft = Single("U.N. monitors said in a report released on Monday that ISIS now numbers between 1,500 and 3,000 fighters in Syria and Iraq.");

        Assert.Equal((new DateOnly(2025, 11, 10), DatePrecision.Day), (draft.Record.AsOf!.Value, draft.Record.DatePrecision!.Value));
    }

    [Fact]
    public void As_of_the_same_date_is_the_date_named_before()
    {
        var drafts = Extract("As of 15 September 2025, Al Hol camp hosted 28,450 individuals. Roj camp hosted about 2,210 individuals as of the same date.");

        Assert.All(drafts, draft => Assert.Equal(new DateOnly(2025, 9, 15), draft.Record.AsOf));
        Assert.Equal(2, drafts.Count);
    }

    [Fact]
    public void A_date_of_the_statement_dates_the_event_only_when_the_text_gives_no_other()
    {
        var drafts = Extract("أعلنت وزارة الداخلية، اليوم الخميس، أن قواتها ألقت القبض، يوم الثلاثاء، على خلية لداعش مؤلفة من ستة أشخاص.");

        AssertPeriod(Assert.Single(drafts), "2025-11-11", null, DatePrecision.Day);
    }

    [Fact]
    public void A_later_sentence_that_refers_back_narrows_the_period()
    {
        var drafts = Extract("""
            أعلنت سنتكوم، يوم الخميس، تنفيذ أكثر من 22 عملية ضد داعش في سوريا خلال الشهر الماضي.

            وأوضحت أن قواتها نفذت العمليات خلال الفترة الممتدة من 1 تشرين الأول/ أكتوبر حتى 6 تشرين الثاني/ نوفمبر.
            """);

        AssertPeriod(Assert.Single(drafts), "2025-10-01", "2025-11-06", DatePrecision.Day);
    }

    [Fact]
    public void Figures_in_a_sentence_without_a_date_take_the_date_of_the_events_told_just_before()
    {
        var drafts = Extract("""
            نفذت قسد عمليات في ريف دير الزور في الفترة بين 10 و16 شباط/ فبراير.

            وذكرت في بيان أن العمليات أسفرت عن اعتقال 14 مطلوباً.
            """);

        AssertPeriod(Assert.Single(drafts), "2025-02-10", "2025-02-16", DatePrecision.Day);
    }

    private static void AssertPeriod(OpsTracker.Api.Features.Intake.Draft draft, string start, string? end, DatePrecision precision)
    {
        Assert.Equal(DateOnly.Parse(start), draft.Record.StartDate);
        Assert.Equal(end is null ? null : DateOnly.Parse(end), draft.Record.EndDate);
        Assert.Equal(precision, draft.Record.DatePrecision);
    }
}
