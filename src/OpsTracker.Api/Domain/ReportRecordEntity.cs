namespace OpsTracker.Api.Domain;

/// <summary>A record that carries a reported figure; every such figure cites at least one source.</summary>
public abstract class ReportRecordEntity : RecordEntity
{
    public ReportedCount Count { get; set; } = new();
}
