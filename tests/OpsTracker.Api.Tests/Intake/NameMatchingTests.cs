using OpsTracker.Api.Features.Intake.Extraction;
using static OpsTracker.Api.Tests.Intake.IntakeTestGazetteer;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>Forces, camps and people matched through names and aliases as the database holds them, and names left unresolved.</summary>
public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("أعلنت قوات سوريا الديمقراطية اعتقال 5 من عناصر داعش")]
    [InlineData("أعلن المركز الإعلامي لقوات سوريا الديمقراطية اعتقال 5 من عناصر داعش")]
    [InlineData("أعلنت قسد اعتقال 5 من عناصر داعش")]
    [InlineData("وأعلنت قـسـد اعتقال 5 من عناصر داعش")]
    [InlineData("The SDF arrested 5 ISIS suspects.")]
    public void A_force_is_matched_through_its_aliases_and_attached_particles(string text) =>
        Assert.Equal(Sdf, Single(text).Record.ArrestingForceId);

    [Fact]
    public void An_all_capitals_acronym_matches_only_in_capitals() =>
        Assert.Null(Single("Police arrested 5 suspects in the sdf region.").Record.ArrestingForceId);

    [Theory]
    [InlineData("اعتقال 5 أشخاص داخل مخيم الهول")]
    [InlineData("اعتقال 5 أشخاص داخل مخيم (الهول)")]
    [InlineData("اعتقال 5 أشخاص داخل مخيم \"الهول\"")]
    [InlineData("اعتقال 5 أشخاص في الهول")]
    [InlineData("Police arrested 5 people inside Al Hol camp.")]
    [InlineData("Police arrested 5 people inside al-Hol camp.")]
    public void A_camp_is_matched_through_its_aliases(string text) =>
        Assert.Equal(AlHol, Single(text).Record.CampId);

    [Fact]
    public void The_article_before_a_name_that_has_none_still_matches() =>
        Assert.Equal([AlHol, Roj], Single("يقطن مخيمي الهول والروج حوالي 40 ألف شخص").Record.CampIds);

    [Theory]
    [InlineData("اعتقال ۴ عناصر من داعش، بحسب مجلس أمن إقلیم کوردستان")]
    [InlineData("اعتقال 4 عناصر من داعش، بحسب مجلس أمن إقليم كوردستان")]
    public void Persian_and_Kurdish_letter_forms_match_their_arabic_letters(string text) =>
        Assert.Equal(Krsc, Single(text).AttributedTo!.ForceId);

    [Fact]
    public void A_long_word_of_a_name_may_differ_by_one_letter() =>
        Assert.Equal(Centcom, Single("قالت القيادة المركزية الأميركية إن قواتها اعتقلت 5 من عناصر داعش").AttributedTo!.ForceId);

    [Theory]
    [InlineData("داعـ ـش")]
    [InlineData("داعـــش")]
    [InlineData("دا*عش")]
    public void Tatweel_and_separators_inserted_inside_a_word_are_read_through(string isis)
    {
        var draft = Single($"مقتل 5 من عناصر {isis} بغارة");

        Assert.Equal(OpsTracker.Api.Features.Casualties.CasualtyAffiliation.Isis, draft.Record.Affiliation);
    }

    [Fact]
    public void A_named_person_with_alias_and_nationality_fills_the_arrest()
    {
        var draft = Single("أُلقي القبض على القيادي في تنظيم الدولة بهاء مسيري الملقب بـ\"أبو عبد الرحمن\"، وهو عراقي الجنسية.");

        Assert.Equal((1, "بهاء مسيري", "أبو عبد الرحمن", "IQ", "القيادي في تنظيم الدولة"),
            (draft.Record.Count!.Best!.Value, draft.Record.PersonName, draft.Record.PersonAlias, draft.Record.PersonNationality, draft.Record.PersonRole));
        Assert.Contains(draft.Unresolved, name => name.Type == "person" && name.Text == "بهاء مسيري");
    }

    [Fact]
    public void A_kunya_in_another_case_is_written_in_the_nominative()
    {
        var draft = Single("ألقت قسد القبض على القيادي في داعش خالد العبد الله، المعروف بـ\"أبي حمزة الرقاوي\"، وهو سوري الجنسية.");

        Assert.Equal(("خالد العبد الله", "أبو حمزة الرقاوي", "SY"), (draft.Record.PersonName, draft.Record.PersonAlias, draft.Record.PersonNationality));
    }

    [Fact]
    public void An_english_name_known_as_an_alias_with_a_nationality()
    {
        var draft = Single("Coalition forces detained a senior ISIS leader, Ahmad Hamid al-Ali, known as Abu Bakr al-Shami, a Syrian national.");

        Assert.Equal(("Ahmad Hamid al-Ali", "Abu Bakr al-Shami", "SY"), (draft.Record.PersonName, draft.Record.PersonAlias, draft.Record.PersonNationality));
    }

    [Theory]
    [InlineData("أبو حفص الهاشمي القرشي")]
    [InlineData("أبي حفص الهاشمي القرشي")]
    [InlineData("أبا حفص الهاشمي القرشي")]
    public void A_person_in_the_database_is_matched_in_any_case_of_the_kunya(string name)
    {
        Assert.Equal(AbuHafs, IntakeTestGazetteer.Gazetteer.FindPerson(name)?.Id);
        Assert.DoesNotContain(Single($"ألقت قسد القبض على القيادي {name} في الرقة").Unresolved, unresolved => unresolved.Type == "person");
    }

    [Fact]
    public void A_camp_not_in_the_database_is_unresolved_never_guessed()
    {
        var draft = Single("يقطن مخيم العريشة نحو 15 ألف شخص");

        Assert.Empty(draft.Record.CampIds ?? []);
        Assert.Contains("campIds", draft.Missing);
        Assert.Contains(draft.Unresolved, name => name.Type == "camp" && name.Text == "العريشة");
    }

    [Fact]
    public void A_headline_names_its_speaker_before_the_colon() =>
        Assert.Equal(Sdf, Single("قسد: اعتقال 12 من عناصر داعش في ريف دير الزور").AttributedTo!.ForceId);

    [Fact]
    public void A_speaker_force_not_in_the_database_is_unresolved()
    {
        var draft = Single("أعلنت قيادة العمليات المشتركة اعتقال 43 متهماً بالإرهاب");

        Assert.Null(draft.AttributedTo!.ForceId);
        Assert.Contains(draft.Unresolved, name => name.Type == "force" && name.Text == "قيادة العمليات المشتركة");
    }

    [Fact]
    public void Nothing_is_matched_against_an_empty_gazetteer()
    {
        var drafts = new ReportExtractor(OpsTracker.Api.Features.Intake.Extraction.Gazetteer.Empty).Extract("أعلنت قسد اعتقال 5 من عناصر داعش داخل مخيم الهول", Thursday);

        var draft = Assert.Single(drafts);
        Assert.Null(draft.Record.ArrestingForceId);
        Assert.Null(draft.Record.CampId);
        Assert.Contains(draft.Unresolved, name => name.Type == "camp" && name.Text == "الهول");
    }
}
