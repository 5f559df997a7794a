using OpsTracker.Api.Domain;
using static OpsTracker.Api.Tests.Intake.IntakeTestGazetteer;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>Figures in Western, Arabic-Indic and Persian digits, with their separators, in words of both languages, with scale words, and vague.</summary>
public sealed class NumberReadingTests
{
    [Theory]
    [InlineData("اعتقال 12 عنصراً من داعش", 12)]
    [InlineData("اعتقال ١٢ عنصراً من داعش", 12)]
    [InlineData("اعتقال ۱۲ عنصراً من داعش", 12)]
    [InlineData("اعتقال ۴ عناصر من داعش", 4)]
    [InlineData("Police arrested 1,250 suspects.", 1250)]
    [InlineData("اعتقال ١٬٢٥٠ مشتبهاً", 1250)]
    [InlineData("اعتقال ١،٢٥٠ مشتبهاً", 1250)]
    [InlineData("اعتقال 1.250 مشتبهاً", 1250)]
    public void Digits_of_three_scripts_and_their_separators_are_read(string text, int best) =>
        Assert.Equal(best, Single(text).Record.Count!.Best);

    [Theory]
    [InlineData("مقتل خمسة عناصر من داعش", 5)]
    [InlineData("مقتل خمس نساء بانفجار لغم", 5)]
    [InlineData("اعتقال عشرين من عناصر التنظيم", 20)]
    [InlineData("اعتقال عشرون مطلوباً", 20)]
    [InlineData("اعتقال خمسة وعشرين إرهابياً", 25)]
    [InlineData("اعتقال ثلاثة عشر إرهابياً", 13)]
    [InlineData("اعتقال مئة وخمسة وعشرين مطلوباً", 125)]
    [InlineData("اعتقال ثلاثمائة مطلوب", 300)]
    [InlineData("Iraqi forces killed nine militants.", 9)]
    [InlineData("Police arrested twenty-two suspects.", 22)]
    [InlineData("Police arrested three hundred suspects.", 300)]
    [InlineData("Police arrested two hundred and fifty suspects.", 250)]
    public void Number_words_of_both_languages_are_read(string text, int best) =>
        Assert.Equal(best, Single(text).Record.Count!.Best);

    [Theory]
    [InlineData("يضم مخيم الهول حالياً 30 ألف شخص", 30000)]
    [InlineData("يضم مخيم الهول حالياً 30 ألفاً", 30000)]
    [InlineData("يضم مخيم الهول حالياً 3 آلاف شخص", 3000)]
    [InlineData("يضم مخيم الهول حالياً ثلاثة آلاف وخمسمئة شخص", 3500)]
    [InlineData("يضم مخيم الهول حالياً ألفي شخص", 2000)]
    [InlineData("يضم مخيم الهول حالياً 31 ألفاً و200 شخص", 31200)]
    [InlineData("يضم مخيم الهول حالياً ألفاً و500 شخص", 1500)]
    [InlineData("Al Hol camp currently houses 1.2 million people", 1200000)]
    [InlineData("يضم مخيم الهول حالياً 1.5 مليون شخص", 1500000)]
    public void Scale_words_multiply(string text, int best) =>
        Assert.Equal(best, Single(text).Record.Count!.Best);

    [Theory]
    [InlineData("شنت طائرات التحالف الدولي عشرات الغارات على مواقع داعش", 20, 99)]
    [InlineData("Coalition aircraft carried out dozens of strikes", 20, 99)]
    [InlineData("اعتقال مئات المطلوبين", 200, 999)]
    [InlineData("Police detained hundreds of suspects", 200, 999)]
    [InlineData("يضم مخيم الهول حالياً آلاف الأشخاص", 2000, 9999)]
    [InlineData("يضم مخيم الهول حالياً عشرات الآلاف", 20000, 99999)]
    [InlineData("اعتقال عدة مطلوبين", 3, 9)]
    [InlineData("اعتقال بضعة مطلوبين", 3, 9)]
    [InlineData("Police arrested several suspects", 3, 9)]
    public void A_vague_quantity_is_a_range_between_its_documented_bounds_with_the_lower_as_best(string text, int low, int high)
    {
        var count = Single(text).Record.Count!;

        Assert.Equal((low, low, high, CountQualifier.Range), (count.Best, count.Low!.Value, count.High!.Value, count.Qualifier!.Value));
    }

    [Theory]
    [InlineData("اعتقال عدد من المطلوبين")]
    [InlineData("Police arrested a number of suspects")]
    public void A_number_of_is_at_least_two(string text)
    {
        var count = Single(text).Record.Count!;

        Assert.Equal((2, CountQualifier.AtLeast), (count.Best, count.Qualifier!.Value));
    }

    [Theory]
    [InlineData("ضبط 3 أحزمة ناسفة وتدمير 4 أوكار")]
    [InlineData("The coalition, founded in 2014, has 89 member states.")]
    [InlineData("قال إن الحرب استمرت 10 سنوات.")]
    [InlineData("أنفق التحالف 5 ملايين دولار على المشروع.")]
    [InlineData("انخفضت الهجمات بنسبة 40% مقارنة بالعام الماضي.")]
    [InlineData("سوريا العضو رقم 90 في التحالف.")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("التقى الوزير بنظيره الأمريكي في واشنطن لبحث التعاون.")]
    public void Figures_of_no_record_kind_and_texts_without_figures_give_no_drafts(string text) =>
        Assert.Empty(Extract(text));
}
