namespace OpsTracker.Api.RecordEngine.Counters;

/// <summary>
/// How many live (not deleted) records one table holds, kept in step by triggers (the LiveRecordCounts migration),
/// so an unfiltered list's totalCount is one row read, not a count of a million.
/// </summary>
public sealed class LiveRecordCount
{
    /// <summary>The record table's name: "Casualties".</summary>
    public string Table { get; set; } = "";

    public long Count { get; set; }
}
