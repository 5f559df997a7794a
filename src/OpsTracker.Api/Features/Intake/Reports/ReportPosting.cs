namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>What posting a report did: stored it (201), found the same text already stored (200), or was refused.</summary>
public sealed class ReportPosting
{
    private ReportPosting(ReportResponse? report, bool isNew, IResult? refusal)
    {
        Report = report;
        IsNew = isNew;
        Refusal = refusal;
    }

    public ReportResponse? Report { get; }

    /// <summary>True when this post stored the report; false when the same text was already stored for its source.</summary>
    public bool IsNew { get; }

    /// <summary>The 400 or 409 problem that refused the post, or null.</summary>
    public IResult? Refusal { get; }

    public static ReportPosting Created(ReportResponse report) => new(report, true, null);

    public static ReportPosting Existing(ReportResponse report) => new(report, false, null);

    public static ReportPosting Refused(IResult refusal) => new(null, false, refusal);
}
