using OpsTracker.Api.Features.Operations;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// The words of each kind of fact in both languages, in their common verb and noun forms (مقتل/قتل/مصرع/قتلى,
/// اعتقال/القبض على/أسر, عملية/عمليات/مداهمة/غارة …), the nouns that count people and things, and the context words
/// that tell a camp population from a detainee figure or a strength estimate. Arabic entries are folded by the tables,
/// and match with or without attached particles.
/// </summary>
internal static class FactLexicon
{
    private const TriggerPosition B = TriggerPosition.Before;
    private const TriggerPosition A = TriggerPosition.After;
    private const TriggerPosition N = TriggerPosition.Noun;

    public static readonly PhraseTable<Trigger> Triggers = new(
    [
        .. Entries(FactRole.Killed, B, "مقتل", "مصرع", "يقتل", "تقتل", "اغتيال", "استشهاد", "أعدم", "أعدمت", "تصفية", "killing", "kill", "kills",
            "the deaths of", "the death of", "executed", "executing", "claiming the lives of"),
        .. Entries(FactRole.Killed, B | A, "قتل", "killed"),
        .. Entries(FactRole.Killed, B | A, "لقي حتفه", "لقي مصرعه", "استشهد", "قتلت"),
        .. Entries(FactRole.Killed, A, "حتفه", "حتفهم", "حتفهما", "مصرعه", "مصرعهم", "قتلوا", "قتلا", "لقوا حتفهم", "لقيا حتفهما", "لقوا مصرعهم", "استشهدوا", "استشهدا", "قضوا", "died", "have died", "were slain", "lost their lives", "were executed", "dead"),
        .. CloseEntries(FactRole.Killed, B, "خسر", "خسرت", "فقد", "فقدت", "lost"),
        .. Entries(FactRole.Killed, N, "قتلى", "قتيل", "قتيلا", "قتيلين", "deaths", "fatalities"),
        .. Entries(FactRole.Wounded, B, "إصابة", "جرح", "wounding", "injuring", "إصابات"),
        .. Entries(FactRole.Wounded, B | A, "wounded", "injured"),
        .. Entries(FactRole.Wounded, A, "أصيبوا", "أصيبا", "جرحوا", "sustained injuries", "بجروح"),
        .. Entries(FactRole.Wounded, B | A, "أصيب", "أصيبت"),
        .. Entries(FactRole.Wounded, N, "جرحى", "جريح", "جريحا", "جريحين", "مصابين", "مصابا"),
        .. Entries(FactRole.Arrested, B, "اعتقال", "اعتقل", "اعتقلت", "تعتقل", "يعتقل", "تأسر", "يأسر", "تلقي القبض على",
            "يلقي القبض على", "توقف", "القبض على", "القبض", "قبض على", "توقيف", "أوقفت", "أسر",
            "أسرت", "احتجاز", "احتجزت", "arrest of", "the arrest of", "arresting", "detaining", "detain", "capturing", "capture of",
            "apprehended", "apprehending", "rounded up", "took into custody", "taking into custody", "ألقت القبض على", "ألقي القبض على"),
        .. Entries(FactRole.Arrested, B | A, "arrested", "detained", "captured", "caught", "recaptured", "rearrested", "re-arrested",
            "اعتقلوا", "احتجزوا", "أسروا"),
        .. Entries(FactRole.Arrested, A, "taken into custody"),
        .. Entries(FactRole.Arrested, N, "arrests", "detentions", "موقوفين", "موقوفا"),
        .. OperationNouns(OperationType.Other, "عملية", "عمليات", "عمليتين", "عمليتان", "حملة", "حملات", "حملتين", "operations", "operation",
            "missions", "mission"),
        .. OperationNouns(OperationType.Raid, "مداهمة", "مداهمات", "مداهمتين", "مداهمتان", "إنزال", "إنزالات", "raids", "raid"),
        .. OperationNouns(OperationType.Airstrike, "غارة", "غارات", "غارتين", "غارتان", "ضربة", "ضربات", "ضربتين", "ضربتان", "طلعة", "طلعات",
            "strikes", "strike", "airstrikes", "airstrike", "air strikes", "air strike", "sorties"),
        .. OperationNouns(OperationType.SecuritySweep, "عملية تفتيش", "عمليات تفتيش", "عملية تمشيط", "عمليات تمشيط", "sweeps",
            "clearance operations"),
        // Counted attacks by insurgents ("240 هجوماً", "12 attacks"): operations of the insurgent side.
        .. OperationNouns(OperationType.Attack, "هجمات", "هجوما", "هجوماً", "هجومين", "هجومان", "attacks"),
        .. OperationNouns(OperationType.Bombing, "تفجيرات", "تفجيرين", "bombings"),
        .. OperationNouns(OperationType.Ambush, "كمائن", "ambushes"),
        .. OperationNouns(OperationType.Assassination, "اغتيالات", "assassinations"),
        .. Entries(FactRole.Transfer, B, "إعادة", "أعادت", "استعادة", "استعادت", "ترحيل", "رحلت", "نقل", "نقلت", "تسليم", "سلمت",
            "تسلم", "تسلمت", "استلام", "استلمت", "استقبال", "استقبلت", "دفعة", "يتسلم", "تتسلم", "يستلم", "تستلم", "يعيد", "تعيد",
            "يستعيد", "تستعيد", "ينقل", "تنقل", "يسلم", "يستقبل", "تستقبل", "ترحل", "يرحل", "repatriated", "repatriating", "the repatriation of",
            "repatriation of", "transferred", "transferring", "handed over", "received", "receiving", "returned", "brought back"),
        .. Transfers("release", B, "الإفراج عن", "إطلاق سراح", "أفرجت عن", "released", "releasing", "freed"),
        .. Transfers("escape", B | A, "فرار", "هروب", "فروا", "هربوا", "escaped", "escape", "escapes", "fled", "flee"),
        .. Entries(FactRole.Transfer, A, "were repatriated", "have been repatriated", "were returned", "were transferred",
            "have been transferred", "been transferred", "were handed over", "عادوا", "أعيدوا", "نقلوا", "وصلوا", "arrived"),
        .. Entries(FactRole.Transfer, N, "عائدين", "returnees"),
        .. Entries(FactRole.Transfer, B, "مغادرة", "خروج", "إخراج", "أخرجت", "قافلة", "batch", "convoy", "the latest group"),
        .. CloseEntries(FactRole.Transfer, B, "عودة", "تقل", "carrying", "return of", "the return of"),
        .. Entries(FactRole.Transfer, B | A, "غادرت", "غادر", "خرجت", "left", "departed"),
        .. Entries(FactRole.Transfer, A, "غادروا", "خرجوا", "crossed the border", "crossed into", "were taken to", "left the camp",
            "departed the camp"),
        .. Entries(FactRole.Transfer, B, "العائدة", "العائدين", "العائدون", "returning", "repatriated families"),
        .. Entries(FactRole.Held, B, "تحتجز", "يحتجز", "is holding", "are holding"),
        .. Entries(FactRole.Held, A, "are held", "were held", "remain held", "remain detained", "remained detained", "are detained",
            "still held", "being held", "are being held", "remain in prison", "محتجزون", "قيد الاحتجاز"),
        .. Entries(FactRole.Residents, B, "يضم", "تضم", "يضمان", "يأوي", "تأوي", "يؤوي", "يقطن", "يقطنه", "يقطنها", "يسكن", "يسكنه",
            "houses", "housed", "hosts", "hosted", "shelters", "is home to", "home to", "holds", "held", "hold", "holding"),
        .. Entries(FactRole.Residents, N, "قاطني", "قاطنين", "سكان", "نازحين", "النازحين", "لاجئين", "مقيمين", "residents",
            "inhabitants", "population", "displaced"),
        .. Entries(FactRole.Residents, A, "remained in", "remain in", "live in", "living in", "يقطنون", "يقيمون", "يعيشون"),
    ]);

    /// <summary>Residents verbs that also say "holds" ("Roj camp holds", "al-Hol held"): residents with a camp, else detainees with a prison.</summary>
    public static readonly HashSet<string> HoldVerbs = new(StringComparer.Ordinal) { "holds", "held", "hold", "holding" };

    /// <summary>Nouns right after a figure that say it counts detainees, held (a figure) or arrested (an event) as the context says.</summary>
    public static readonly PhraseTable<bool> DetaineeNouns = Words(
        "محتجز", "محتجزا", "محتجزين", "محتجزون", "سجين", "سجناء", "سجينا", "معتقل", "معتقلا", "معتقلين", "معتقلون", "نزيل", "نزلاء",
        "محكوم", "محكومين", "محكوما", "detainees", "prisoners", "inmates", "detainee", "prisoner", "convicts");

    /// <summary>Words after a figure that make it a rate, not a count: "30 غارة أسبوعياً", "40 strikes a week".</summary>
    public static readonly PhraseTable<bool> RateWords = Words(
        "أسبوعيا", "يوميا", "شهريا", "سنويا", "في الأسبوع", "في اليوم", "في الشهر", "كل أسبوع", "كل يوم", "كل شهر", "a week", "per week",
        "weekly", "a day", "per day", "daily", "a month", "per month", "monthly", "a year", "per year", "annually");

    /// <summary>Words that give the same figure in another unit: "(نحو 650 شخصاً)", "أي ما يقرب من", "totaling about 580 people".</summary>
    public static readonly PhraseTable<bool> EquivalenceMarkers = Words(
        "أي", "أي ما يعادل", "ما يعادل", "تضم", "يضم", "قوامها", "تشمل", "يتوزعون على", "موزعين على", "تتوزع على", "totaling", "totalling",
        "comprising", "or", "that is", "distributed among", "spread across");

    /// <summary>Nouns of a group's members, which a strength estimate counts.</summary>
    public static readonly PhraseTable<bool> FighterNouns = Words(
        "مقاتل", "مقاتلين", "مقاتلا", "عنصر", "عناصر", "عنصرا", "fighters", "militants", "members", "jihadists", "operatives");

    /// <summary>Words that make a count of fighters an estimate of strength: "active", "النشطين", "يحتفظ بـ", "still has".</summary>
    public static readonly PhraseTable<bool> StrengthCues = Words(
        "نشط", "النشطين", "نشطين", "ناشطين", "ينشطون", "ينشط", "يحتفظ", "تحتفظ", "يمتلك", "يملك", "لديه", "قوام", "التقديري", "active",
        "still has", "has", "have", "had", "retains", "retained", "retain", "maintains", "maintained", "strength", "operating", "remain",
        "remaining", "يتراوح عدد", "عدد مقاتلي", "عدد عناصر", "عدد مسلحي");

    /// <summary>Words of prisons and detention.</summary>
    public static readonly PhraseTable<bool> PrisonWords = Words(
        "سجن", "سجون", "سجونها", "السجون", "مراكز احتجاز", "مركز احتجاز", "مرافق احتجاز", "مراكز الاحتجاز", "prison", "prisons",
        "jail", "jails", "detention", "custody");

    /// <summary>Words of camps, named or not.</summary>
    public static readonly PhraseTable<bool> CampWords = Words("مخيم", "مخيمي", "مخيمات", "camp", "camps");

    /// <summary>Verbs that give a figure its value: "يبلغ عدد …", "يقدر بنحو", "estimated at".</summary>
    public static readonly PhraseTable<bool> FigureVerbs = Words(
        "يبلغ", "بلغ", "تبلغ", "يقدر", "تقدر", "قدر", "قدرت", "يصل", "وصل", "عدد", "أعداد", "stands at", "estimated at", "numbered",
        "numbers", "number",
        "totals", "totalled", "totaled", "number of", "population of");

    /// <summary>Markers of a subset or of a breakdown of the figure before: "بينهم", "including", "وهم:".</summary>
    public static readonly PhraseTable<bool> PartMarkers = Words(
        "بينهم", "من بينهم", "بينهن", "من بينهن", "بينهما", "منهم", "منهن", "وهم", "هم", "وهي", "ضمنهم", "بما في ذلك", "بما فيهم",
        "including", "among them", "among whom", "of whom", "of them", "namely");

    /// <summary>Words of a running total that includes the event just reported: "ليرتفع … إلى", "bringing to".</summary>
    public static readonly PhraseTable<bool> RunningTotal = Words(
        "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ليرتفع", "لترتفع", "bringing", "raising", "taking the total", "brings", "raises", "rose to");

    /// <summary>Nouns of things that a figure may count and no record kind does: weapons, hideouts, countries, years.</summary>
    public static readonly PhraseTable<bool> ThingNouns = Words(
        "أوكار", "وكر", "أوكارا", "مضافة", "مضافات", "أنفاق", "نفق", "عبوات", "عبوة", "أحزمة", "حزام", "دراجات", "دراجة", "سيارات",
        "سيارة", "آليات", "أسلحة", "صواريخ", "قذائف", "كيلوغرام", "كغ", "كلم", "كيلومتر", "كيلومترا", "متر", "مترا", "دولة", "دول",
        "سجنا", "مخيما", "قرى", "قرية", "كدس", "أكداس", "مخزن", "مخازن", "منظمة", "منظمات", "دولار", "دولارا", "ليرة", "دينار", "يورو",
        "بالمئة", "بالمائة", "المئة", "المائة", "سنة", "سنوات", "عاما", "أعوام", "شهرا", "أشهر", "يوما", "أيام", "ساعة", "ساعات",
        "دقيقة", "خلايا", "خلية", "مجموعات", "حواجز", "نقاط", "مواقع", "أهداف", "بلدات", "مناطق", "محافظات", "هجمات", "هجوما", "هجوم",
        "تفجيرات", "كمائن", "طائرات", "مراكز", "مركز", "جنسية", "جنسيات", "nationalities", "hideouts", "prisons", "jails", "camps", "centers", "centres", "tunnels", "vehicles", "weapons", "ieds", "explosives", "facilities", "countries",
        "nations", "villages", "caches", "rockets", "drones", "bombs", "kilograms", "km", "miles", "dollars", "euros", "percent",
        "years", "months", "days", "hours", "minutes", "cells", "groups", "checkpoints", "positions", "targets", "towns", "attacks",
        "bombings", "ambushes", "states", "sites", "year", "month", "day", "hour", "aircraft", "brigades", "battalions");

    /// <summary>Words before a number that make it a label: "رقم 90", "Route 4", "القرار 2254".</summary>
    public static readonly PhraseTable<bool> LabelWords = Words(
        "رقم", "number", "no", "route", "resolution", "القرار", "قرار", "الفرقة", "اللواء", "لواء", "الفوج", "brigade", "division", "article",
        "المادة", "الطريق", "highway", "عمره", "aged", "age", "عمرها");

    /// <summary>Families, the other unit of a transfer.</summary>
    public static readonly PhraseTable<bool> FamilyNouns = Words("عائلة", "عائلات", "أسرة", "أسر", "families", "family", "households");

    /// <summary>People a figure counts; the affiliation comes from the words around them.</summary>
    public static readonly PhraseTable<bool> PersonNouns = Words(
        "عنصر", "عناصر", "عنصرا", "إرهابي", "إرهابيين", "إرهابيا", "مسلح", "مسلحين", "مسلحا", "مسلحون", "مقاتل", "مقاتلين", "مقاتلا",
        "مقاتلي", "مقاتليها", "مقاتلينا", "عناصرها", "عناصرنا", "قيادي", "قياديين", "قياديا", "قياديي", "أمير", "أمراء", "والي", "مسؤول",
        "مسؤولين", "متهم", "متهما", "متهمين", "مطلوب", "مطلوبا", "مطلوبين", "مشتبه", "مشتبها", "مشتبهين", "شخص", "شخصا", "أشخاص",
        "مدني", "مدنيا", "مدنيين", "مواطن", "مواطنين", "مواطنا", "طفل", "أطفال", "طفلا", "امرأة", "نساء", "رجل", "رجال", "رجلا", "جندي",
        "جنود", "جنديا", "عسكري", "عسكريين", "عسكريا", "ضابط", "ضباط", "ضابطا", "منتسب", "منتسبين", "منتسبا", "منتسبي", "شرطي",
        "فرد", "أفراد", "انتحاري", "انتحاريين", "داعشي", "دواعش", "عائلة", "عائلات", "أسرة", "أسر", "نازح", "نازحين", "لاجئ",
        "آخرين", "آخرون", "آخران", "مرافق", "مرافقيه", "حارس", "رعاة", "عمال", "فلاحين", "مزارعين", "صيادين", "جامعي", "عراقي",
        "عراقيا", "عراقيين", "سوري", "سوريين", "أجنبي", "أجانب", "مهاجم", "المهاجمين",
        "member", "members", "militant", "militants", "fighter", "fighters", "operative", "operatives", "terrorist", "terrorists",
        "jihadist", "jihadists", "insurgent", "insurgents", "gunman", "gunmen", "suspect", "suspects", "leader", "leaders", "commander",
        "commanders", "official", "officials", "emir", "emirs", "people", "person", "persons", "civilian", "civilians", "child",
        "children", "woman", "women", "man", "men", "boys", "girls", "soldier", "soldiers", "troops", "service members",
        "servicemen", "officer", "officers", "policeman", "policemen", "personnel", "guard", "guards", "shepherds", "farmers",
        "workers", "resident", "residents", "family", "families", "interpreter", "detainees", "prisoners", "returnees", "iraqis",
        "syrians", "nationals", "others", "attackers", "assailants", "financier", "foreigners");

    /// <summary>Nouns of one person, after a trigger ("مقتل قيادي", "killing a senior ISIS official"): a count of 1.</summary>
    public static readonly PhraseTable<bool> SingularPersons = Words(
        "قيادي", "عنصر", "مسؤول", "أمير", "والي", "جندي", "مدني", "شخص", "طفل", "امرأة", "رجل", "شرطي", "ضابط", "مقاتل", "إرهابي",
        "مسلح", "انتحاري", "داعشي", "منتسب", "عسكري", "leader", "official", "commander", "member", "soldier", "civilian", "militant",
        "fighter", "operative", "emir", "man", "woman", "child", "person", "interpreter", "officer", "policeman", "financier",
        "terrorist", "jihadist", "suspect");

    /// <summary>Nouns in the dual, each a count of two: "جنديين", "عنصرين", "عمليتين".</summary>
    public static readonly PhraseTable<bool> DualNouns = Words(
        "عمليتين", "عمليتان", "غارتين", "غارتان", "ضربتين", "ضربتان", "مداهمتين", "مداهمتان", "حملتين", "جنديين", "جنديان", "عنصرين", "عنصران", "شخصين", "شخصان", "طفلين", "طفلان", "رجلين", "امرأتين", "ضابطين", "قتيلين",
        "جريحين");

    /// <summary>Ordinals and "another" after a trigger, each one more person: "وقتل رابع", "killed another".</summary>
    public static readonly PhraseTable<bool> OneMore = Words(
        "آخر", "ثان", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "another");

    /// <summary>Adjectives that may stand between a trigger or "a" and the person it counts: "a senior ISIS official".</summary>
    public static readonly PhraseTable<bool> PersonAdjectives = Words(
        "senior", "top", "prominent", "high-ranking", "local", "key", "بارز", "كبير", "رفيع", "suspected", "alleged", "civilian",
        "isis", "isil", "islamic", "state", "daesh", "us", "u", "s", "american", "iraqi", "syrian", "foreign", "other");

    public static bool IsTrigger(List<Token> tokens, int k, int limit) => Triggers.TryMatch(tokens, k, limit, out _);

    /// <summary>A word that says what a number before it counts (people, things, operations): not a year.</summary>
    public static bool IsCountedNoun(Token token) =>
        token.IsWord && (Counted.Contains(TextFolding.Bare(token.Conj)) || Counted.Contains(token.Norm));

    private static readonly HashSet<string> Counted = BuildCounted();

    private static HashSet<string> BuildCounted()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in (string[])["عنصرا", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "شخص", "شخصا", "أشخاص", "عملية", "عمليات",
            "قتيلا", "عائلة", "مدنيا", "إرهابيا", "متهما", "مطلوبا", "معتقل", "محتجز", "fighters", "members", "people", "operations",
            "militants", "families", "detainees", "civilians", "soldiers"])
        {
            words.Add(TextFolding.Bare(TextFolding.Fold(phrase)));
        }

        return words;
    }

    private static PhraseTable<bool> Words(params string[] phrases) => new(phrases.Select(phrase => (phrase, true)), skipMarks: true);

    private static IEnumerable<(string, Trigger)> Entries(FactRole role, TriggerPosition position, params string[] phrases) =>
        phrases.Select(phrase => (phrase, new Trigger(role, position)));

    private static IEnumerable<(string, Trigger)> CloseEntries(FactRole role, TriggerPosition position, params string[] phrases) =>
        phrases.Select(phrase => (phrase, new Trigger(role, position) { Close = true }));

    private static IEnumerable<(string, Trigger)> OperationNouns(OperationType type, params string[] phrases) =>
        phrases.Select(phrase => (phrase, new Trigger(FactRole.Operation, N, type)));

    private static IEnumerable<(string, Trigger)> Transfers(string kind, TriggerPosition position, params string[] phrases) =>
        phrases.Select(phrase => (phrase, new Trigger(FactRole.Transfer, position, TransferKind: kind)));
}
