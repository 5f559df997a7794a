using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Forces;
using OpsTracker.Api.Features.Intake;
using OpsTracker.Api.Features.Intake.Extraction;
using OpsTracker.Api.Features.Operations;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>The names the intake unit tests match against, and a shortcut to extract with them.</summary>
public static class IntakeTestGazetteer
{
    public const long Centcom = 1;
    public const long Coalition = 2;
    public const long Sdf = 3;
    public const long Isis = 6;
    public const long Krsc = 10;
    public const long AlHol = 1;
    public const long Roj = 2;
    public const long AbuHafs = 1;

    public static readonly DateOnly Thursday = new(2025, 11, 13);

    public static Gazetteer Gazetteer { get; } = new(
    [
        new GazetteerEntry(Centcom, GazetteerEntryType.Force, "US Central Command", ["CENTCOM", "القيادة المركزية الأمريكية", "سنتكوم"]) { ForceKind = ForceKind.StateForce },
        new GazetteerEntry(Coalition, GazetteerEntryType.Force, "Global Coalition to Defeat ISIS", ["التحالف الدولي"]) { ForceKind = ForceKind.Coalition },
        new GazetteerEntry(Sdf, GazetteerEntryType.Force, "Syrian Democratic Forces", ["SDF", "قوات سوريا الديمقراطية", "قسد"]) { ForceKind = ForceKind.PartnerForce },
        new GazetteerEntry(Isis, GazetteerEntryType.Force, "Islamic State", ["ISIS", "داعش", "تنظيم الدولة"]) { ForceKind = ForceKind.InsurgentGroup },
        new GazetteerEntry(Krsc, GazetteerEntryType.Force, "Kurdistan Region Security Council", ["مجلس أمن إقليم كوردستان"]) { ForceKind = ForceKind.StateForce },
        new GazetteerEntry(AlHol, GazetteerEntryType.Camp, "al-Hol", ["الهول", "Al Hol"]) { Country = "SY", Region = "Al-Hasakah" },
        new GazetteerEntry(Roj, GazetteerEntryType.Camp, "Roj", ["روج"]) { Country = "SY", Region = "Al-Hasakah" },
        new GazetteerEntry(AbuHafs, GazetteerEntryType.Person, "أبو حفص الهاشمي القرشي", ["Abu Hafs al-Hashimi al-Qurashi"]),
    ]);

    private static readonly ReportExtractor Extractor = new(Gazetteer);

    public static IReadOnlyList<Draft> Extract(string text, DateOnly? published = null) => Extractor.Extract(text, published ?? Thursday);

    /// <summary>
    /// The one figure the text gives (events, statements and the one attack a text tells, an operation of count 1,
    /// which these tests do not look at, aside).
    /// </summary>
    public static Draft Single(string text, DateOnly? published = null)
    {
        var drafts = Extract(text, published).Where(draft => draft.Kind is not (DraftKinds.Events or DraftKinds.Statements) && !IsOneAttack(draft)).ToList();
        Assert.True(drafts.Count == 1, $"Expected one draft, got {drafts.Count}: {string.Join("; ", drafts.Select(d => $"{d.Kind} {d.Record.Count?.Best}"))}");
        return drafts[0];
    }

    /// <summary>An attack by insurgents the text tells once: an operation of the insurgent side, of count 1.</summary>
    public static bool IsOneAttack(Draft draft) =>
        draft.Kind == DraftKinds.Operations && draft.Record.Type is { } type && OperationSides.InsurgentTypes.Contains(type)
        && draft.Record.Count is { Best: 1, Qualifier: CountQualifier.Exact };
}
