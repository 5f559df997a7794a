using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Operations;
using static OpsTracker.Api.Tests.Intake.IntakeTestGazetteer;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>What kind of fact a figure is, in both languages and in the verb and noun forms of each kind, and who it is about.</summary>
public sealed class FactKindTests
{
    [Theory]
    [InlineData("مقتل 5 من عناصر داعش", CasualtyOutcome.Killed)]
    [InlineData("قتل 5 من عناصر داعش بغارة", CasualtyOutcome.Killed)]
    [InlineData("مصرع 5 من عناصر داعش", CasualtyOutcome.Killed)]
    [InlineData("لقي 5 من عناصر داعش حتفهم بغارة", CasualtyOutcome.Killed)]
    [InlineData("أسفرت الغارة عن سقوط 5 قتلى من عناصر داعش", CasualtyOutcome.Killed)]
    [InlineData("أربعة من عناصر داعش قتلوا بغارة", CasualtyOutcome.Killed)]
    [InlineData("The strike killed 5 ISIS militants.", CasualtyOutcome.Killed)]
    [InlineData("5 ISIS militants were killed in the strike.", CasualtyOutcome.Killed)]
    [InlineData("إصابة 5 من عناصر داعش", CasualtyOutcome.Wounded)]
    [InlineData("أصيب 5 من عناصر داعش بجروح", CasualtyOutcome.Wounded)]
    [InlineData("سقوط 5 جرحى من عناصر داعش", CasualtyOutcome.Wounded)]
    [InlineData("5 ISIS militants were wounded in the clashes.", CasualtyOutcome.Wounded)]
    [InlineData("The clashes injured 5 ISIS militants.", CasualtyOutcome.Wounded)]
    public void Killed_and_wounded_in_their_verb_and_noun_forms(string text, CasualtyOutcome outcome)
    {
        var draft = Single(text);

        Assert.Equal(("casualties", outcome, CasualtyAffiliation.Isis), (draft.Kind, draft.Record.Outcome!.Value, draft.Record.Affiliation!.Value));
    }

    [Theory]
    [InlineData("مقتل 3 مدنيين بانفجار لغم", CasualtyAffiliation.Civilian)]
    [InlineData("مقتل 3 أطفال بانفجار لغم", CasualtyAffiliation.Civilian)]
    [InlineData("Three civilians were killed by a mine.", CasualtyAffiliation.Civilian)]
    [InlineData("مقتل 3 من مقاتلي قوات سوريا الديمقراطية بهجوم", CasualtyAffiliation.PartnerForce)]
    [InlineData("مقتل 3 من عناصر قسد بهجوم لداعش", CasualtyAffiliation.PartnerForce)]
    [InlineData("Three SDF fighters were killed in an ISIS attack.", CasualtyAffiliation.PartnerForce)]
    [InlineData("مقتل 3 جنود أمريكيين بهجوم", CasualtyAffiliation.Coalition)]
    [InlineData("إصابة جنديين من قوات التحالف", CasualtyAffiliation.Coalition)]
    [InlineData("Three U.S. soldiers were wounded in the raid.", CasualtyAffiliation.Coalition)]
    [InlineData("مقتل 3 جنود عراقيين بكمين لداعش", CasualtyAffiliation.GovernmentForce)]
    [InlineData("Three Iraqi soldiers were killed in an ISIS ambush.", CasualtyAffiliation.GovernmentForce)]
    [InlineData("مقتل 3 إرهابيين بضربة جوية", CasualtyAffiliation.Isis)]
    [InlineData("The strike killed three militants.", CasualtyAffiliation.Isis)]
    [InlineData("مقتل 3 أشخاص بانفجار", CasualtyAffiliation.Unknown)]
    public void Who_the_casualties_are(string text, CasualtyAffiliation affiliation) =>
        Assert.Equal(affiliation, Single(text).Record.Affiliation);

    [Theory]
    [InlineData("اعتقال 12 من عناصر داعش")]
    [InlineData("اعتقلت قسد 12 من عناصر داعش")]
    [InlineData("القبض على 12 من عناصر داعش")]
    [InlineData("ألقت القوات القبض على 12 من عناصر داعش")]
    [InlineData("أسر 12 من عناصر داعش")]
    [InlineData("احتجاز 12 شخصاً للاشتباه بانتمائهم لداعش")]
    [InlineData("Police arrested 12 ISIS suspects.")]
    [InlineData("Forces detained 12 ISIS suspects.")]
    [InlineData("12 ISIS suspects were captured in the raid.")]
    public void Arrests_in_their_verb_and_noun_forms(string text) =>
        Assert.Equal(("arrests", 12), (Single(text).Kind, Single(text).Record.Count!.Best!.Value));

    [Theory]
    [InlineData("نفذت القوات 22 عملية ضد داعش", OperationType.Summary)]
    [InlineData("نفذت قسد 8 مداهمات في ريف دير الزور", OperationType.Raid)]
    [InlineData("شنت طائرات التحالف 14 غارة على مواقع داعش", OperationType.Airstrike)]
    [InlineData("نفذت القوات 145 عملية تفتيش وتطهير", OperationType.SecuritySweep)]
    [InlineData("نفذت الطائرات ضربتين جويتين على مواقع داعش", OperationType.Airstrike)]
    [InlineData("The coalition conducted 22 operations against ISIS.", OperationType.Summary)]
    [InlineData("U.S. forces carried out 12 airstrikes against ISIS.", OperationType.Airstrike)]
    [InlineData("Partner forces conducted 9 raids in Deir ez-Zor.", OperationType.Raid)]
    public void Operations_raids_and_strikes(string text, OperationType type)
    {
        var draft = Single(text);

        Assert.Equal(("operations", type), (draft.Kind, draft.Record.Type!.Value));
        Assert.False(string.IsNullOrEmpty(draft.Record.Title));
    }

    [Theory]
    [InlineData("يبلغ عدد قاطني مخيم الهول حالياً نحو 37 ألف شخص", "camp-populations")]
    [InlineData("يقطن مخيم روج حوالي 2600 شخص", "camp-populations")]
    [InlineData("Al Hol camp houses around 30,000 people.", "camp-populations")]
    [InlineData("The population of Roj camp stood at about 2,400.", "camp-populations")]
    [InlineData("تحتجز قسد في سجونها نحو 10 آلاف عنصر من داعش", "detainee-figures")]
    [InlineData("يقدر عدد المحتجزين في سجون شمال شرق سوريا بنحو 9 آلاف", "detainee-figures")]
    [InlineData("Some 9,000 ISIS suspects remain detained in prisons in northeast Syria.", "detainee-figures")]
    [InlineData("يقدر عدد مقاتلي داعش النشطين في العراق بنحو ألف مقاتل", "strength-estimates")]
    [InlineData("ISIS still has an estimated 2,500 fighters in Iraq and Syria.", "strength-estimates")]
    [InlineData("إعادة 150 عائلة عراقية من مخيم الهول", "transfers")]
    [InlineData("وصلت دفعة جديدة تضم 150 عائلة عراقية قادمة من مخيم الهول", "transfers")]
    [InlineData("Iraq repatriated 150 families from Al Hol camp.", "transfers")]
    [InlineData("Hundreds of Iraqi detainees have been transferred to Iraq.", "transfers")]
    public void Camp_residents_detainees_fighters_and_transfers(string text, string kind) =>
        Assert.Equal(kind, Single(text).Kind);

    [Fact]
    public void A_camp_population_cites_its_camps()
    {
        var draft = Single("يقطن مخيمي (الهول) و(الروج) حوالي 40 ألف شخص");

        Assert.Equal([AlHol, Roj], draft.Record.CampIds);
    }

    [Fact]
    public void A_strength_estimate_names_the_group_and_its_countries()
    {
        var draft = Single("يقدر عدد مقاتلي داعش النشطين في سوريا والعراق بنحو 2500 مقاتل");

        Assert.Equal(Isis, draft.Record.ForceId);
        Assert.Equal(["SY", "IQ"], draft.Record.Countries!);
    }

    [Fact]
    public void A_transfer_says_its_kind_unit_origin_and_destination()
    {
        var draft = Single("وصلت دفعة جديدة تضم 150 عائلة عراقية قادمة من مخيم الهول إلى العراق");

        Assert.Equal(("repatriation", "families", "IQ"), (draft.Record.TransferKind, draft.Record.Unit, draft.Record.ToCountry));
        Assert.Equal([AlHol], draft.Record.FromCampIds!);
    }
}
