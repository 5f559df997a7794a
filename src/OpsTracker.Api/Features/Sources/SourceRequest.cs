using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Sources;

public sealed class SourceRequest : RecordRequest
{
    /// <summary>The report's title or headline, in its own language.</summary>
    public string? Title { get; init; }

    /// <summary>Who published it: "Shafaq News", "US Central Command".</summary>
    public string? Publisher { get; init; }

    /// <summary>Absolute http or https address.</summary>
    public string? Url { get; init; }

    /// <summary>BCP 47 language tag of the report: "ar", "en", "ar-SY".</summary>
    public string? Language { get; init; }

    public DateOnly? PublishedOn { get; init; }

    /// <summary>Default other.</summary>
    public SourceKind? Kind { get; init; }

    /// <summary>Admiralty grading A (completely reliable) to F (cannot be judged, the default).</summary>
    public SourceReliability? Reliability { get; init; }

    /// <summary>Who wrote it, as the source names the author.</summary>
    public string? Author { get; init; }

    /// <summary>Absolute http or https address of a permanent copy (an archive).</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>When it was read at url.</summary>
    public DateOnly? RetrievedOn { get; init; }

    /// <summary>The sources this one relays (a news report relaying a statement): not itself, each once, existing.</summary>
    public List<long>? RelaysSourceIds { get; init; }
}
