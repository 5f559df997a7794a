namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// The totals of one summary metric over every record, kept up to date by database triggers on each write, so the
/// unfiltered summary reads four rows instead of summing every record. Filtered summaries are computed.
/// </summary>
public sealed class RunningTotal
{
    public const string Operations = "operations";
    public const string Killed = "killed";
    public const string Wounded = "wounded";
    public const string Arrested = "arrested";

    /// <summary>Every metric, as the summary reports them.</summary>
    public static readonly IReadOnlyList<string> Metrics = [Operations, Killed, Wounded, Arrested];

    public required string Metric { get; init; }
    public long Best { get; init; }
    public long Low { get; init; }

    /// <summary>The sum of the upper bounds of the bounded records; the total has no ceiling while <see cref="Unbounded"/> is above 0.</summary>
    public long High { get; init; }

    public long Unbounded { get; init; }
    public long Records { get; init; }

    public CountTotals ToTotals() => new(Best, Low, Unbounded > 0 ? null : High, checked((int)Records));
}
