namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>A source's stored text, exactly as it was posted, with its SHA-256 and the report read from it.</summary>
public sealed class SourceTextResponse
{
    public required long SourceId { get; init; }
    public required long ReportId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the text's UTF-8 bytes: compare it with a copy's to know it is the same text.</summary>
    public required string Sha256 { get; init; }

    public required string? Language { get; init; }
    public required string Text { get; init; }
}
