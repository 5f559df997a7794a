using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Sources;

public sealed class SourceResponse : RecordResponse
{
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    public required string? Url { get; init; }
    public required string? Language { get; init; }
    public required DateOnly? PublishedOn { get; init; }
    public required SourceKind Kind { get; init; }
    public required SourceReliability Reliability { get; init; }
    public required string? Author { get; init; }
    public required string? ArchiveUrl { get; init; }
    public required DateOnly? RetrievedOn { get; init; }

    /// <summary>The sources it relays, ascending.</summary>
    public required List<long> RelaysSourceIds { get; init; }
}
