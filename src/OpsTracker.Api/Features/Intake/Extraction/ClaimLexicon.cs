using OpsTracker.Api.Features.Events;
using OpsTracker.Api.Features.Operations;
using OpsTracker.Api.Features.Statements;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>
/// The words of what a report tells without a figure of its own: one attack by insurgents (an attack, a bombing, an
/// ambush, an assassination, a prison break: an operation of count 1), events (an agreement signed, a camp closed)
/// and statements (a named speaker's words).
/// </summary>
internal static class ClaimLexicon
{
    /// <summary>
    /// Nouns and verbs that report one attack by insurgents, with the operation type it is (an attack by ISIS is an
    /// operation of the insurgent side, not an event): explosives are bombings, an ambush an ambush, a killing of a
    /// named target an assassination, any other attack (a prison stormed, a break-out) an attack. Plurals ("هجمات",
    /// "attacks") are left out on purpose: they tell a trend, not one attack; counted ones are read as figures
    /// (<see cref="FactLexicon"/>).
    /// </summary>
    public static readonly PhraseTable<OperationType> AttackWords = new(
    [
        .. Of(OperationType.Attack, "هجوم", "هجوما", "هجوماً", "هجوم مسلح", "هاجم", "هاجمت", "هاجموا", "اقتحام سجن", "اقتحام السجن", "هروب جماعي",
            "فرار جماعي", "عمليه فرار", "عمليه هروب", "attack", "attacked", "attacking", "prison break", "jailbreak", "jail break", "stormed", "assault on"),
        .. Of(OperationType.Ambush, "كمين", "كمينا", "كميناً", "ambush", "ambushed"),
        .. Of(OperationType.Bombing, "تفجير", "تفجيرا", "تفجير انتحاري", "هجوم انتحاري", "انفجار", "انفجار عبوة", "انفجار عبوه ناسفه", "عبوه ناسفه",
            "سياره مفخخه", "bombing", "suicide bombing", "suicide bomber", "car bomb", "explosion", "blast"),
        .. Of(OperationType.Assassination, "اغتيال", "اغتيالا", "assassination", "assassinated"),
    ], skipMarks: true);

    /// <summary>Nouns and verbs that report one development that is not an operation, with its event type.</summary>
    public static readonly PhraseTable<EventType> EventWords = new(
    [
        .. Of(EventType.Agreement, "توقيع اتفاق", "توقيع اتفاقيه", "وقع اتفاق", "وقعت اتفاق", "وقعت اتفاقيه", "وقع اتفاقيه", "signed an agreement",
            "signed a deal", "signing of an agreement"),
        .. Of(EventType.CoalitionMembership, "انضمام", "انضمامها", "انضمت", "انضم", "joined the coalition", "joining the coalition", "will join"),
        .. Of(EventType.CampClosure, "اغلاق مخيم", "اغلاق", "closure of", "closed the camp", "shut down the camp"),
        .. Of(EventType.Handover, "تسليم اداره", "سلمت اداره", "تسلمت اداره", "handed over control", "handover of"),
    ], skipMarks: true);

    /// <summary>Words before an attack word that say it did not happen ("أحبطت هجوماً", "foiled an attack") or is feared.</summary>
    public static readonly HashSet<string> NotHappened = TextFolding.Set(

        "احباط", "احبط", "احبطت", "منع", "لمنع", "تحسبا", "خشيه", "تخطط", "يخطط", "لتنفيذ", "معده", "للتفجير", "foiled", "thwarted", "prevented", "prevent",
        "planning", "planned", "plot", "threat", "feared", "possible", "any");

    /// <summary>
    /// Words before an attack word that make it one of many the report does not count, not one attack ("مسؤول عن
    /// عمليات الاغتيال", "قضوا بهجمات التنظيم أو بانفجار ألغام"); compared with the word's stems, so "بهجمات" is one.
    /// </summary>
    public static readonly HashSet<string> ManyWords = TextFolding.Set("عمليات", "هجمات", "attacks", "operations");

    /// <summary>A membership is of a coalition ("انضمام سوريا إلى التحالف"), not of a group ("بتهمة الانضمام لداعش").</summary>
    public static readonly HashSet<string> CoalitionWords = TextFolding.Set("التحالف", "تحالف", "coalition");

    /// <summary>Verbs of signing, which make an agreement of the agreement noun a few words on.</summary>
    public static readonly HashSet<string> SigningVerbs = TextFolding.Set("وقع", "وقعت", "وقعا", "وقعتا", "signed");

    /// <summary>What is signed: "اتفاق", "اتفاقية", "مذكرة", "agreement", "deal", "memorandum".</summary>
    public static readonly HashSet<string> AgreementNouns = TextFolding.Set("اتفاق", "اتفاقا", "اتفاقيه", "مذكره", "agreement", "deal", "memorandum", "accord");

    /// <summary>Words that say an agreement was not signed ("لم يتم توقيع اتفاق", "no agreement has been signed").</summary>
    public static readonly HashSet<string> Negations = TextFolding.Set("لم", "لا", "لن", "not", "no", "never", "yet");

    /// <summary>The member a coalition's new member becomes ("العضو رقم 90", "its 90th member").</summary>
    public static readonly HashSet<string> MemberWords = TextFolding.Set("عضو", "member");

    /// <summary>A closure is of a camp or prison ("إغلاق مخيم الهول"), not of a road or a border crossing.</summary>
    public static readonly HashSet<string> ClosedPlaces = TextFolding.Set("مخيم", "المخيم", "سجن", "السجن", "camp", "prison");

    /// <summary>Verbs that give a speaker's words (the subset of speech verbs that say something, not publish or count it).</summary>
    public static readonly PhraseTable<bool> SayVerbs = new(
        ((string[])["قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أوضح", "أوضحت", "أضاف", "أضافت", "صرح", "صرحت", "أشار", "أشارت",
            "شدد", "شددت", "اعتبر", "اعتبرت", "أعلن", "أعلنت", "كشف", "كشفت", "حذر", "حذرت", "said", "says", "stated", "added", "told", "warned",
            "stressed", "noted", "announced", "declared", "confirmed", "insisted", "vowed", "pledged"]).Select(phrase => (phrase, true)));

    /// <summary>Participles that go on with the speaker's words in the same sentence: "مؤكداً أن", "قائلاً إن", "adding that".</summary>
    public static readonly PhraseTable<bool> ContinuingVerbs = new(
        ((string[])["قائلا", "قائله", "مؤكدا", "مؤكده", "موضحا", "موضحه", "مضيفا", "مضيفه", "مشيرا", "مشيره", "معتبرا", "معتبره", "مشددا", "مشدده",
            "لافتا", "لافته", "adding", "saying", "warning", "stressing"]).Select(phrase => (phrase, true)));

    /// <summary>Titles before a speaker's name: "وزير الخارجية أسعد الشيباني", "Gen. Michael Erik Kurilla".</summary>
    public static readonly HashSet<string> Titles = TextFolding.Set(

        "وزير", "الوزير", "رئيس", "الرئيس", "قائد", "مندوب", "المتحدث", "الناطق", "مدير", "السفير", "الجنرال", "الادميرال", "اللواء", "العميد",
        "العقيد", "المبعوث", "الفريق", "الركن", "Gen", "General", "Adm", "Admiral", "Minister", "President", "Commander", "spokesman", "spokeswoman", "envoy", "Col", "Maj");

    /// <summary>Particles and words between a title and a name that are no part of the name ("لدى", "في").</summary>
    public static readonly HashSet<string> NotNames = TextFolding.Set(

        "لدى", "في", "عن", "من", "على", "الى", "مع", "لدي", "علي", "بن", "ان", "إن", "أن", "قال", "قالت", "امس", "اليوم", "الدائم");

    /// <summary>Verbs that open words reporting what forces did ("القوات صادرت", "جرى ضبط"): those are the records' words, not a statement.</summary>
    public static readonly HashSet<string> ActivityVerbs = TextFolding.Set(

        "صادرت", "صادر", "ضبط", "جري", "فككت", "فكك", "تمكنت", "تمكن", "نفذت", "نفذ", "ردت", "داهمت", "استهدفت", "استهدف", "حاول", "تواصل",
        "اسفرت", "اسفر", "seized", "conducted", "carried", "dismantled", "raided", "targeted", "killed", "arrested");

    /// <summary>Words that join another clause to a speaker's words: "بينما", "فيما", "while".</summary>
    public static readonly HashSet<string> ClauseBreaks = TextFolding.Set("بينما", "فيما", "while", "whereas");

    /// <summary>Words that open the reported clause: "أن", "إن", "بأن", "that".</summary>
    public static readonly HashSet<string> ClauseOpeners = TextFolding.Set("ان", "انه", "انها", "بان", "بانه", "بانها", "انهم", "that");

    /// <summary>How the words were given: in a statement, an interview, a post, a speech.</summary>
    public static readonly PhraseTable<StatementMedium> Media = new(
    [
        .. Of(StatementMedium.PressRelease, "بيان", "بيانا", "بياناً", "بيانها", "بيانه", "البيان", "statement", "press release"),
        .. Of(StatementMedium.Interview, "مقابله", "حوار", "لقاء", "interview", "told"),
        .. Of(StatementMedium.SocialMedia, "تغريده", "منشور", "منصه", "اكس", "تويتر", "تلغرام", "فيسبوك", "post", "posted", "tweet", "twitter",
            "telegram"),
        .. Of(StatementMedium.Speech, "كلمه", "خطاب", "مؤتمر صحفي", "موتمر صحفي", "speech", "press conference", "address"),
    ]);

    private static IEnumerable<(string Phrase, T Value)> Of<T>(T value, params string[] phrases) => phrases.Select(phrase => (phrase, value));
}
