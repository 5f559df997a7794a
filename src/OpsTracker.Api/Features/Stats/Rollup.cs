namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// The totals of one summary metric over the live records that share a place, an affiliation, a status and the months
/// their periods start and end in, kept by database triggers on each write (the Rollups migration), so a summary or
/// time series filtered only by what these columns hold reads rollup rows instead of the records
/// (<see cref="RollupTotals"/>). The sums follow the bound rules of <see cref="CountAggregation"/>.
/// </summary>
public sealed class Rollup
{
    /// <summary>A <see cref="RunningTotal"/> metric: operations, killed, wounded, arrested.</summary>
    public required string Metric { get; init; }

    public required string Country { get; init; }

    /// <summary>The records' region, "" for none.</summary>
    public required string Region { get; init; }

    /// <summary>The casualties' affiliation as stored (its enum name), "" for the metrics of other kinds.</summary>
    public required string Affiliation { get; init; }

    /// <summary>The month the records' period starts in, as <see cref="RollupMonths.Of"/> numbers it.</summary>
    public int StartMonth { get; init; }

    /// <summary>The month the records' period ends in (its start where it has no end).</summary>
    public int EndMonth { get; init; }

    /// <summary>The records' status as stored (its enum name).</summary>
    public required string Status { get; init; }

    public long Best { get; init; }
    public long Low { get; init; }

    /// <summary>The sum of the upper bounds of the bounded records; no ceiling while <see cref="Unbounded"/> is above 0.</summary>
    public long High { get; init; }

    public long Unbounded { get; init; }
    public long Records { get; init; }
}
