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

    /// <summary>
    /// The table's data version: raised by the same triggers on every insert, update and delete of its records (on
    /// PostgreSQL once per statement), never lowered; the record machinery's version 2 (the DataVersions migration).
    /// An answer read from the table is unchanged while its version is.
    /// </summary>
    public long Version { get; set; }
}
