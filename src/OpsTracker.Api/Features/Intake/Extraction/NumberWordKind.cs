namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>How a number word combines with its neighbours: "خمسة وعشرين" adds, "three hundred" multiplies.</summary>
internal enum NumberWordKind
{
    /// <summary>1 to 9 (and English 10 to 19): added, or multiplied by a following hundred.</summary>
    Unit,

    /// <summary>عشر/عشرة: 10, or the teen of a preceding unit (خمسة عشر = 15).</summary>
    Ten,

    /// <summary>20, 30, … 90, and the compound hundreds (ثلاثمئة = 300): added.</summary>
    Tens,

    /// <summary>مئة / hundred: multiplies a preceding unit, else 100.</summary>
    Hundred,

    /// <summary>ألف, thousand, مليون, million: multiplies what came before (or 1).</summary>
    Scale,

    /// <summary>آلاف, ملايين: the plural scale, only after a number ("ثلاثة آلاف").</summary>
    PluralScale,

    /// <summary>ألفين, مليونين: two of the scale.</summary>
    DualScale,

    /// <summary>dozen: 12, multiplying a preceding unit.</summary>
    Dozen,
}
