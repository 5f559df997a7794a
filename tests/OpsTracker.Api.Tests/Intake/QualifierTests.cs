using OpsTracker.Api.Domain;
using static OpsTracker.Api.Tests.Intake.IntakeTestGazetteer;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>Every qualifier of the list becomes its CountQualifier, and ranges keep both bounds.</summary>
public sealed class QualifierTests
{
    [Theory]
    [InlineData("اعتقال أكثر من 20 مطلوباً", CountQualifier.MoreThan)]
    [InlineData("اعتقال ما يزيد عن 20 مطلوباً", CountQualifier.MoreThan)]
    [InlineData("اعتقال ما يزيد على 20 مطلوباً", CountQualifier.MoreThan)]
    [InlineData("Police arrested more than 20 suspects", CountQualifier.MoreThan)]
    [InlineData("Police arrested over 20 suspects", CountQualifier.MoreThan)]
    [InlineData("اعتقال ما لا يقل عن 20 مطلوباً", CountQualifier.AtLeast)]
    [InlineData("اعتقال 20 مطلوباً على الأقل", CountQualifier.AtLeast)]
    [InlineData("اعتقال على الأقل 20 مطلوباً", CountQualifier.AtLeast)]
    [InlineData("Police arrested at least 20 suspects", CountQualifier.AtLeast)]
    [InlineData("اعتقال نحو 20 مطلوباً", CountQualifier.Approximately)]
    [InlineData("اعتقال حوالي 20 مطلوباً", CountQualifier.Approximately)]
    [InlineData("اعتقال قرابة 20 مطلوباً", CountQualifier.Approximately)]
    [InlineData("اعتقال ما يقارب 20 مطلوباً", CountQualifier.Approximately)]
    [InlineData("اعتقال زهاء 20 مطلوباً", CountQualifier.Approximately)]
    [InlineData("Police arrested about 20 suspects", CountQualifier.Approximately)]
    [InlineData("Police arrested around 20 suspects", CountQualifier.Approximately)]
    [InlineData("Police arrested nearly 20 suspects", CountQualifier.Approximately)]
    [InlineData("Police arrested some 20 suspects", CountQualifier.Approximately)]
    [InlineData("Police arrested approximately 20 suspects", CountQualifier.Approximately)]
    [InlineData("اعتقال ما يصل إلى 20 مطلوباً", CountQualifier.AtMost)]
    [InlineData("Police arrested up to 20 suspects", CountQualifier.AtMost)]
    [InlineData("Police arrested as many as 20 suspects", CountQualifier.AtMost)]
    [InlineData("اعتقال أقل من 20 مطلوباً", CountQualifier.LessThan)]
    [InlineData("اعتقال دون 20 مطلوباً", CountQualifier.LessThan)]
    [InlineData("Police arrested fewer than 20 suspects", CountQualifier.LessThan)]
    [InlineData("Police arrested less than 20 suspects", CountQualifier.LessThan)]
    [InlineData("The camp's population fell below 20 thousand in Al Hol", CountQualifier.LessThan)]
    [InlineData("اعتقال 20 مطلوباً", CountQualifier.Exact)]
    public void Each_qualifier_becomes_its_count_qualifier(string text, CountQualifier qualifier)
    {
        var count = Single(text).Record.Count!;

        Assert.Equal(qualifier, count.Qualifier);
        Assert.True(count.Best is 20 or 20000);
        Assert.Null(count.Low);
        Assert.Null(count.High);
    }

    [Theory]
    [InlineData("يقدر عدد مقاتلي داعش النشطين في سوريا والعراق بحوالي 2,500–3,000 مقاتل")]
    [InlineData("ISIS still has 2,500 to 3,000 active fighters in Iraq and Syria")]
    [InlineData("ISIS still has between 2,500 and 3,000 active fighters in Iraq and Syria")]
    [InlineData("يحتفظ تنظيم داعش بما بين 2500 و3000 مقاتل نشط في سوريا والعراق")]
    [InlineData("يحتفظ تنظيم داعش بما يتراوح من 2500 إلى 3000 مقاتل نشط في سوريا والعراق")]
    [InlineData("يحتفظ تنظيم داعش بما بين ألفين وخمسمئة وثلاثة آلاف مقاتل نشط في سوريا والعراق")]
    public void A_range_keeps_both_bounds_and_its_midpoint(string text)
    {
        var draft = Single(text);

        Assert.Equal("strength-estimates", draft.Kind);
        Assert.Equal((2750, 2500, 3000, CountQualifier.Range), (draft.Record.Count!.Best!.Value, draft.Record.Count.Low!.Value, draft.Record.Count.High!.Value, draft.Record.Count.Qualifier!.Value));
    }

    [Theory]
    [InlineData("مقتل ما بين خمسة وسبعة من عناصر داعش بغارة", 5, 7)]
    [InlineData("مقتل بين 5 و7 من عناصر داعش بغارة", 5, 7)]
    [InlineData("The strike killed five or six ISIS militants.", 5, 6)]
    [InlineData("The strike killed 5-7 ISIS militants.", 5, 7)]
    public void Ranges_of_number_words_and_digits(string text, int low, int high)
    {
        var count = Single(text).Record.Count!;

        Assert.Equal(((low + high) / 2, low, high, CountQualifier.Range), (count.Best!.Value, count.Low!.Value, count.High!.Value, count.Qualifier!.Value));
    }

    [Theory]
    [InlineData("قال مسؤول إن طائرات التحالف تنفذ ما بين 30 و40 غارة أسبوعياً على مواقع داعش")]
    [InlineData("Coalition jets carry out about 40 strikes a week against ISIS.")]
    public void A_rate_is_not_a_count(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void A_change_from_one_figure_to_another_is_two_figures_not_a_range()
    {
        var drafts = Extract("ذكرت القيادة أن عدد النازحين في مخيم الهول انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً");

        Assert.Equal([(70000, CountQualifier.Exact, new DateOnly(2019, 1, 1)), (30000, CountQualifier.Approximately, Thursday)],
            drafts.Select(d => (d.Record.Count!.Best!.Value, d.Record.Count.Qualifier!.Value, d.Record.AsOf!.Value)));
    }

    [Fact]
    public void Years_in_a_dash_range_are_a_period_not_a_count()
    {
        Assert.Empty(Extract("انخفضت وتيرة هجمات التنظيم مقارنة بفترات الذروة (2014–2017)، لكن ظلت هناك خلايا نائمة في 2024–2025."));
    }
}
