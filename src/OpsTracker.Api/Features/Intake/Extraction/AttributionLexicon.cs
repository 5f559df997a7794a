namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>The words that say who claims what: speech verbs, "according to", and the words that introduce a person's alias.</summary>
internal static class AttributionLexicon
{
    /// <summary>Verbs of saying; the subject follows them in Arabic and precedes them in English.</summary>
    public static readonly PhraseTable<bool> SpeechVerbs = Of(
        "أعلن", "أعلنت", "قال", "قالت", "ذكر", "ذكرت", "أكد", "أكدت", "أوضح", "أوضحت", "أفاد", "أفادت", "أفادوا", "كشف", "كشفت", "أشار",
        "أشارت", "أضاف", "أضافت", "نشر", "نشرت", "صرح", "صرحت", "وثق", "وثقت", "قدر", "قدرت", "زعم", "زعمت", "تبنى", "تبنت",
        "نقل", "أبلغ", "أبلغت", "يقول", "تقول", "وثقه", "أعلنته", "نقلته", "ذكرته", "أوردته", "أوردت", "أورد", "said", "says", "announced", "stated", "reported", "claimed", "told", "added",
        "documented", "confirmed", "noted", "published", "warned");

    /// <summary>"بحسب", "according to": the source follows.</summary>
    public static readonly PhraseTable<bool> AccordingTo = Of(
        "بحسب", "حسب", "وفق", "وفقا ل", "وفق ما", "بحسب ما", "نقلا عن", "according to", "citing", "cited by", "per");

    /// <summary>Where the subject of a speech verb ends: "أن", "إن", "في بيان", "that".</summary>
    public static readonly HashSet<string> SubjectEnd = TextFolding.Set(

        "ان", "انه", "انها", "بان", "في", "عبر", "خلال", "عن", "على", "إلى", "that", "in", "on", "to", "بيان", "لوكالة");

    /// <summary>What a speaker speaks in ("في بيان", "في مقابلة"), which ends the speaker's name.</summary>
    public static readonly HashSet<string> StatementNouns = TextFolding.Set(

        "بيان", "بيانها", "بيانه", "تصريح", "تصريحات", "مءتمر", "موتمر", "مقابله", "حديث", "تقرير", "تقريره", "تقريرها", "منشور", "تغريده",
        "رساله", "لقاء", "كلمه", "اتصال", "حوار");

    /// <summary>Words that introduce a person's alias: "الملقب بـ", "المعروف بـ", "known as".</summary>
    public static readonly PhraseTable<bool> AliasIntroducers = Of(
        "الملقب", "الملقب ب", "المعروف", "المعروف ب", "المكنى", "المكنى ب", "known as", "also known as", "aka", "a k a", "nicknamed",
        "alias", "dubbed");

    /// <summary>Titles before a person's name: "القيادي في تنظيم داعش خالد العبد الله", "senior ISIS official Abu X".</summary>
    public static readonly PhraseTable<bool> RoleNouns = Of(
        "القيادي", "المسؤول", "الأمير", "الوالي", "المدعو", "القائد", "المتهم", "الإرهابي", "الداعشي", "زعيم", "leader", "official",
        "commander", "emir", "financier", "operative", "member");

    /// <summary>Arabic role nouns that name a person only with the article ("القيادي خالد …"); "قيادي بارز" describes one.</summary>
    public static bool IsArabicRole(Token token) => token.Conj.StartsWith("ال", StringComparison.Ordinal) || TextFolding.Bare(token.Conj) == "زعيم";

    /// <summary>Words that end a name: its alias, its nationality, a relative clause.</summary>
    public static readonly HashSet<string> NameStops = TextFolding.Set(

        "الملقب", "المعروف", "المكني", "وهو", "وهي", "الذي", "التي", "احد", "في", "من", "علي", "عن", "خلال", "بعد", "قبل", "ب", "و",
        "known", "also", "aka", "who", "an", "a", "the", "in", "was", "is", "and", "of", "from");

    private static PhraseTable<bool> Of(params string[] phrases) => new(phrases.Select(phrase => (phrase, true)), skipMarks: true);
}
