namespace OpsTracker.Api.RecordEngine.Counters;

/// <summary>
/// An upper bound of the periods (endDate − startDate, in days) of one record table, raised by triggers (the
/// LongestPeriods migration) whenever a record is stored or changed with a longer period and never lowered, so it
/// may be too long after deletes but never too short. It gives the from filter a lower bound of startDate: a period
/// that ends on or after from starts no earlier than from − <see cref="Days"/>.
/// </summary>
public sealed class LongestPeriod
{
    /// <summary>The record table's name: "Casualties".</summary>
    public string Table { get; set; } = "";

    public int Days { get; set; }
}
