using OpsTracker.Api.Features.Sources;

namespace OpsTracker.Api.Features.Intake.Reports;

/// <summary>A report's text to read, with the source it is (one already stored, or a new one to store).</summary>
public sealed class ReportRequest
{
    /// <summary>The id of a stored source whose text this is; or give <see cref="Source"/> instead.</summary>
    public long? SourceId { get; init; }

    /// <summary>A new source to store, with the fields a POST of /api/v1/sources takes; or give <see cref="SourceId"/>.</summary>
    public SourceRequest? Source { get; init; }

    /// <summary>The report's text, exactly as published: any mix of Arabic and English, up to 1 MiB of UTF-8.</summary>
    public string? Text { get; init; }

    /// <summary>BCP 47 tag of the text's language ("ar", "en"); by default the source's.</summary>
    public string? Language { get; init; }
}
