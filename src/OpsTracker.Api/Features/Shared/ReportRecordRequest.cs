namespace OpsTracker.Api.Features.Shared;

/// <summary>The fields of every record that carries a reported figure: its citations and the figure.</summary>
public abstract class ReportRecordRequest : CitingRecordRequest
{
    /// <summary>The figure as reported.</summary>
    public CountRequest? Count { get; init; }
}
