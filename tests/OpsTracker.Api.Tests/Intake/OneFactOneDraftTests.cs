using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Casualties;
using static OpsTracker.Api.Tests.Intake.IntakeTestGazetteer;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>One fact, one draft: repeats merge, subsets are not added, a total with its parts is not counted twice.</summary>
public sealed class OneFactOneDraftTests
{
    [Fact]
    public void The_same_figure_in_headline_and_body_is_one_draft_citing_both_passages()
    {
        const string text = """
            خلية الإعلام الأمني: مقتل 7 إرهابيين بضربات جوية في صحراء الأنبار

            أعلنت خلية الإعلام الأمني، اليوم الخميس، مقتل سبعة إرهابيين من عصابات داعش بضربات جوية في صحراء الأنبار.
            """;

        var draft = Single(text);

        Assert.Equal(7, draft.Record.Count!.Best);
        Assert.Equal(2, draft.Quotes.Count);
        Assert.All(draft.Quotes, quote => Assert.Equal(quote.Text, text[quote.Start..quote.End]));
    }

    [Fact]
    public void The_body_qualifies_a_figure_the_headline_gives_bare()
    {
        var draft = Single("""
            Nineveh police: 300 ISIS suspects arrested since January

            Police in Nineveh have arrested some three hundred suspected ISIS members since January, a spokesman said.
            """);

        Assert.Equal((300, CountQualifier.Approximately), (draft.Record.Count!.Best!.Value, draft.Record.Count.Qualifier!.Value));
    }

    [Theory]
    [InlineData("اعتقلت قسد 12 شخصاً يشتبه بانتمائهم لداعش، بينهم 3 قياديين.")]
    [InlineData("Iraqi forces killed nine militants, including two senior commanders.")]
    [InlineData("اعتقلت قسد 15 شخصاً من قاطني مخيم الهول، بينهم 6 نساء.")]
    public void A_subset_is_not_added_to_its_total(string text) =>
        Assert.DoesNotContain(Extract(text), draft => draft.Record.Count!.Best is 3 or 2 or 6);

    [Fact]
    public void A_total_given_with_its_parts_is_recorded_as_its_parts()
    {
        var drafts = Extract("وثق المرصد مقتل 655 شخصاً منذ مطلع العام، وهم: 312 من عناصر قوات النظام، و198 من عناصر التنظيم، و145 مدنياً.");

        Assert.Equal([(312, CasualtyAffiliation.GovernmentForce), (198, CasualtyAffiliation.Isis), (145, CasualtyAffiliation.Civilian)],
            drafts.Select(draft => (draft.Record.Count!.Best!.Value, draft.Record.Affiliation!.Value)));
    }

    [Fact]
    public void A_breakdown_that_opens_the_next_sentence_is_the_same_total()
    {
        var drafts = Extract("وثق المرصد مقتل 38 شخصاً خلال آب. والقتلى هم: 21 من عناصر قوات الحكومة، و11 مدنياً، و6 من عناصر التنظيم.");

        Assert.Equal([21, 11, 6], drafts.Select(draft => draft.Record.Count!.Best!.Value));
    }

    [Fact]
    public void People_of_one_side_joined_under_one_verb_are_one_figure()
    {
        var draft = Single("أفاد مصدر أمني بمقتل ضابط وجنديين من الجيش العراقي بكمين لداعش.");

        Assert.Equal((3, CasualtyAffiliation.GovernmentForce), (draft.Record.Count!.Best!.Value, draft.Record.Affiliation!.Value));
    }

    [Fact]
    public void People_of_two_sides_stay_two_figures() =>
        Assert.Equal(2, Extract("The strike killed 5 ISIS militants and 3 civilians.").Count);

    [Fact]
    public void The_same_people_counted_in_another_unit_are_noted_not_added()
    {
        var draft = Single("وصلت دفعة جديدة تضم 180 عائلة عراقية (نحو 650 شخصاً) قادمة من مخيم الهول.");

        Assert.Equal((180, "families"), (draft.Record.Count!.Best!.Value, draft.Record.Unit));
        Assert.Contains("650", draft.Record.Notes);
    }

    [Fact]
    public void Shares_of_a_camp_population_stay_inside_its_figure()
    {
        var drafts = Extract("As of 15 September 2025, Al Hol camp hosted 28,450 individuals in 8,120 households. Syrians accounted for 15,300 of the residents, Iraqis for 9,900 and third-country nationals for 3,250.");

        Assert.Equal([28450], drafts.Select(draft => draft.Record.Count!.Best!.Value));
    }

    [Fact]
    public void A_running_total_that_includes_the_event_is_not_recorded()
    {
        var drafts = Extract("""
            Two women were found killed in the Al Hol camp over the past 24 hours, bringing to 17 the number of residents killed inside the camp since the start of the year.
            """);

        Assert.Equal([2], drafts.Select(draft => draft.Record.Count!.Best!.Value));
    }

    [Fact]
    public void A_total_since_a_date_that_includes_a_figure_of_the_report_is_not_recorded()
    {
        var drafts = Extract("""
            Iraq has brought back more than 20,000 of its citizens from the Al Hol camp since repatriations began in 2021.

            The latest group, 150 families totaling about 580 people, crossed the border on Tuesday.
            """);

        Assert.Equal([150], drafts.Select(draft => draft.Record.Count!.Best!.Value));
    }
}
