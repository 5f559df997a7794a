namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>A stored report: its source, its text's fingerprint (the text itself is at /api/v1/sources/{id}/text) and its drafts.</summary>
public sealed class ReportResponse
{
    public required long Id { get; init; }
    public required long SourceId { get; init; }
    public required string? Language { get; init; }

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes.</summary>
    public required string TextSha256 { get; init; }

    /// <summary>The text's length in UTF-16 code units, the unit of the quotes' offsets.</summary>
    public required int TextLength { get; init; }

    public required DateTime CreatedAt { get; init; }

    /// <summary>How many drafts still wait for a decision.</summary>
    public required int Pending { get; init; }

    public required IReadOnlyList<DraftResponse> Drafts { get; init; }
}
