using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Features.Forces;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>Who a figure of people is about, from the words that describe them: ISIS members, civilians, soldiers.</summary>
internal static class AffiliationLexicon
{
    public static readonly PhraseTable<CasualtyAffiliation> Words = new(
    [
        .. Of(CasualtyAffiliation.Isis, "داعش", "تنظيم الدولة", "الدولة الإسلامية", "التنظيم", "إرهابي", "إرهابيين", "إرهابيا",
            "عصابات داعش", "داعشي", "دواعش", "انتحاري", "انتحاريين", "جهاديين", "isis", "isil", "daesh", "islamic state", "is militants",
            "militants", "militant", "jihadists", "terrorists", "terrorist", "insurgents", "the group"),
        .. Of(CasualtyAffiliation.Civilian, "مدني", "مدنيين", "مدنيا", "مدنية", "مدنيون", "مواطن", "مواطنين", "مواطنا", "أطفال", "طفل",
            "طفلا", "طفلين", "نساء", "امرأة", "امرأتين", "رعاة", "راع", "فلاحين", "مزارعين", "عمال", "صيادين", "جامعي الكمأة",
            "civilians", "civilian", "children", "child", "women", "woman", "shepherds", "farmers", "villagers", "workers",
            "residents", "family members", "truffle"),
        .. Of(CasualtyAffiliation.GovernmentForce, "جندي", "جنود", "جنديين", "جنديا", "عسكري", "عسكريين", "عسكريا", "ضابط", "ضباط",
            "منتسب", "منتسبي", "منتسبين", "شرطي", "الشرطة", "قوات النظام", "قوات الأمن", "القوات الأمنية", "قوات الحكومة",
            "الجيش العراقي", "الجيش السوري", "soldiers", "soldier", "troops", "officers", "officer", "policemen", "policeman", "police",
            "security forces", "army", "personnel", "servicemen"),
        .. Of(CasualtyAffiliation.Coalition, "التحالف", "قوات التحالف", "أمريكي", "أمريكيين", "أمريكيان", "أميركي", "أميركيين", "coalition",
            "u.s.", "american", "americans", "service members", "u.s. troops", "u.s. service members", "u.s. soldiers"),
    ], skipMarks: true);

    /// <summary>Markers that make soldiers coalition troops: "U.S.", "American", "التحالف".</summary>
    public static readonly PhraseTable<bool> CoalitionMarkers = new(
        ((string[])["التحالف", "أمريكي", "أمريكيين", "أمريكيان", "أميركي", "أميركيين", "أمريكية", "الأمريكية", "coalition", "u.s.",
            "american", "americans", "french", "british"]).Select(phrase => (phrase, true)), skipMarks: true);

    /// <summary>"آخرين", "others": the same people as the figure before.</summary>
    public static readonly PhraseTable<bool> Others = new(
        ((string[])["آخرين", "آخرون", "آخران", "آخرَين", "others", "other"]).Select(phrase => (phrase, true)));

    /// <summary>Nouns with a possessive ending that point at the speaker's or actor's force: "مقاتليها", "عناصرنا", "its fighters".</summary>
    public static readonly PhraseTable<bool> Possessive = new(
        ((string[])["مقاتليها", "مقاتليه", "مقاتلينا", "عناصرها", "عناصره", "عناصرنا", "جنودها", "جنودنا", "منتسبيها", "منتسبينا",
            "its fighters", "its members", "its soldiers", "our fighters", "our soldiers", "their fighters"]).Select(phrase => (phrase, true)));

    /// <summary>The affiliation of people of a force, from the force's kind in the database.</summary>
    public static CasualtyAffiliation? OfForce(ForceKind? kind) => kind switch
    {
        ForceKind.InsurgentGroup => CasualtyAffiliation.Isis,
        ForceKind.PartnerForce => CasualtyAffiliation.PartnerForce,
        ForceKind.Coalition => CasualtyAffiliation.Coalition,
        ForceKind.StateForce => CasualtyAffiliation.GovernmentForce,
        _ => null,
    };

    private static IEnumerable<(string, CasualtyAffiliation)> Of(CasualtyAffiliation affiliation, params string[] phrases) =>
        phrases.Select(phrase => (phrase, affiliation));
}
