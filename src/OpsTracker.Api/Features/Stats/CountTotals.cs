namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// The sum of reported counts, with the uncertainty kept: <c>best</c> sums the headline figures, <c>low</c> and
/// <c>high</c> the least and most each report allows; <c>high</c> is null when any record has no ceiling
/// ("more than 22"). <c>records</c> is how many records were summed.
/// </summary>
public sealed record CountTotals(long Best, long Low, long? High, int Records)
{
    public static readonly CountTotals None = new(0, 0, 0, 0);

    public CountTotals Add(CountTotals other) =>
        new(Best + other.Best, Low + other.Low, High is null || other.High is null ? null : High + other.High, Records + other.Records);
}
