namespace OpsTracker.Api.Domain;

/// <summary>A record that carries a reported figure; every such figure cites at least one source.</summary>
public abstract class ReportRecordEntity : RecordEntity, IStatusRecord
{
    public ReportedCount Count { get; set; } = new();

    /// <summary>
    /// Derived from the citations and the sources' relays (<see cref="RecordStatusRule"/>), stored so that lists
    /// filter and count by it from an index; written on every save of the record, and again for the records citing a
    /// source whose relays change.
    /// </summary>
    public RecordStatus Status { get; set; } = RecordStatus.SingleSource;
}
