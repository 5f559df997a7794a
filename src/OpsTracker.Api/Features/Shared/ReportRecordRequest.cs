namespace OpsTracker.Api.Features.Shared;

/// <summary>The fields of every record that carries a reported figure.</summary>
public abstract class ReportRecordRequest : RecordRequest
{
    /// <summary>The sources that report this figure: at least one.</summary>
    public List<long>? SourceIds { get; init; }

    /// <summary>The figure as reported.</summary>
    public CountRequest? Count { get; init; }
}
