namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>The reader's own phrases: words that refer back to events told before, and the heads of force names.</summary>
internal static class ReaderLexicon
{
    public static readonly PhraseTable<bool> ReferBack = new(
        ((string[])["العمليات", "العمليه", "الهجوم", "الاشتباك", "الاشتباكات", "الغاره", "الغارات", "الضربه", "الضربات", "المداهمه",
            "المداهمات", "الحمله", "الانزال", "هذا الدعم", "هذه العمليات", "تلك العمليات", "هذه الضربات", "the operation", "the operations",
            "the attack", "the raid", "the raids", "the clashes", "the strike", "the strikes", "the ambush", "the fighting", "the sweep",
            "these operations", "this operation"]).Select(phrase => (phrase, true)), articleSensitive: true);

    public static readonly PhraseTable<bool> ForceHeads = new(
        ((string[])["قياده", "قوات", "جهاز", "هيئه", "وحدات", "مجلس", "وزاره", "خليه", "المركز الاعلامي", "فريق"]).Select(phrase => (phrase, true)),
        articleSensitive: true);
}
