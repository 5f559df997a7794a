namespace OpsTracker.Api.Features.Sources;

/// <summary>A source relaying another: the news report that passes on a statement (link rows of the relaying source).</summary>
public sealed class SourceRelay
{
    public long SourceId { get; set; }
    public long RelayedSourceId { get; set; }
}
