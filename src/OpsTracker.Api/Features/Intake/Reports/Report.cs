namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>
/// A report's text as an analyst pasted it, kept with its source (one text per source: the source is that document),
/// and the drafts read from it. Not a record kind: a report counts nothing, and its drafts appear in no list, search,
/// total or export until an analyst accepts one and it becomes a record.
/// </summary>
public sealed class Report
{
    public long Id { get; set; }
    public long SourceId { get; set; }

    /// <summary>The text exactly as sent.</summary>
    public string Text { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes: what tells a repeated post from a new text.</summary>
    public string TextSha256 { get; set; } = "";

    public string? Language { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>Raised by every decision on a draft: the audit trail's version of the report.</summary>
    public long Version { get; set; } = 1;

    public List<ReportDraft> Drafts { get; set; } = [];
}
