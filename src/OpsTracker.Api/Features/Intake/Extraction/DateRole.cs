namespace OpsTracker.Api.Features.Intake.Extraction;

internal enum DateRole
{
    /// <summary>A date or period the text names: "1 تشرين الأول", "in 2019", "last month", "on Tuesday".</summary>
    Named,

    /// <summary>"since July", "over the past six months": a period running to the publication date.</summary>
    ToPublication,

    /// <summary>"currently", "حالياً": the publication date, for a figure.</summary>
    Current,

    /// <summary>"the same month", "الفترة ذاتها": the period named before.</summary>
    SameAsBefore,

    /// <summary>"the largest convoy this year": the scope of a comparison, which dates nothing.</summary>
    Scope,
}
