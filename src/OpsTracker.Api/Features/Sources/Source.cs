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

    /// <summary>Who wrote it, where the source names an author.</summary>
    public string? Author { get; set; }

    /// <summary>A permanent copy of it (an archive's address), for when <see cref="Url"/> changes or goes.</summary>
    public string? ArchiveUrl { get; set; }

    /// <summary>When it was read at <see cref="Url"/>.</summary>
    public DateOnly? RetrievedOn { get; set; }

    /// <summary>The sources it relays: the statements a news report passes on. A relay is no independent confirmation.</summary>
    public List<SourceRelay> RelayLinks { get; } = [];

    public override IEnumerable<string?> SearchFields() => [Title, Publisher, Author, Notes];
}
