namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>
/// One draft of a report as stored: what the extractor proposed, kept as the JSON it answers with, and what the
/// analyst decided. Its number <see cref="N"/> counts from 1 within the report.
/// </summary>
public sealed class ReportDraft
{
    public long ReportId { get; set; }
    public int N { get; set; }

    /// <summary>The record kind's route path: "casualties".</summary>
    public string Kind { get; set; } = "";

    /// <summary>The POST body of that kind the draft proposes (JSON).</summary>
    public string Record { get; set; } = "";

    /// <summary>The passages it comes from, with their offsets in the text (JSON).</summary>
    public string Quotes { get; set; } = "[]";

    /// <summary>Who the text says claims it (JSON), or null.</summary>
    public string? AttributedTo { get; set; }

    public double Confidence { get; set; }

    /// <summary>Names found that matched nothing in the database (JSON).</summary>
    public string Unresolved { get; set; } = "[]";

    /// <summary>Required fields of the kind the text did not give (JSON).</summary>
    public string Missing { get; set; } = "[]";

    public DraftStatus Status { get; set; } = DraftStatus.Pending;

    /// <summary>The record an accept made.</summary>
    public long? RecordId { get; set; }

    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}
