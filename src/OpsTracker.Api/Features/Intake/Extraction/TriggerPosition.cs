namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>Where a trigger word stands from the figure it governs.</summary>
[Flags]
internal enum TriggerPosition
{
    /// <summary>Before the figure: "مقتل 5", "killing 14", "اعتقال ١٢".</summary>
    Before = 1,

    /// <summary>After the figure and its noun: "أربعة من مقاتليها قتلوا", "5 fighters were killed".</summary>
    After = 2,

    /// <summary>The noun right after the figure: "22 عملية", "655 قتيلاً", "37 arrests".</summary>
    Noun = 4,
}
