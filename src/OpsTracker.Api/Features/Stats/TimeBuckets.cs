namespace OpsTracker.Api.Features.Stats;

/// <summary>Calendar arithmetic for time-series buckets.</summary>
public static class TimeBuckets
{
    public const int MaxBuckets = 5000;

    /// <summary>The first day of the bucket holding <paramref name="day"/>: its ISO week's Monday, month's 1st or year's 1 January.</summary>
    public static DateOnly StartOf(DateOnly day, TimeInterval interval) => interval switch
    {
        TimeInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeInterval.Month => new DateOnly(day.Year, day.Month, 1),
        _ => new DateOnly(day.Year, 1, 1),
    };

    public static DateOnly Next(DateOnly start, TimeInterval interval) => interval switch
    {
        TimeInterval.Week => start.AddDays(7),
        TimeInterval.Month => start.AddMonths(1),
        _ => start.AddYears(1),
    };

    /// <summary>Every bucket start from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>.</summary>
    public static IEnumerable<DateOnly> Between(DateOnly from, DateOnly to, TimeInterval interval)
    {
        for (var start = StartOf(from, interval); start <= to; start = Next(start, interval))
        {
            yield return start;
        }
    }
}
