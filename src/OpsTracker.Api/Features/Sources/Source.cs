using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Sources;

/// <summary>A report that figures are taken from: an official statement, a news article, an NGO or research report.</summary>
public sealed class Source : RecordEntity
{
    public string Title { get; set; } = "";
    public string Publisher { get; set; } = "";
    public string? Url { get; set; }
    public string? Language { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public SourceKind Kind { get; set; } = SourceKind.Other;
    public SourceReliability Reliability { get; set; } = SourceReliability.F;

    public override IEnumerable<string?> SearchFields() => [Title, Publisher, Notes];
}
