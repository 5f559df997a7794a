namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// How rollups number months: year × 12 + month − 1, the same in C# and in the triggers' SQL, so a month-aligned
/// [from, to] compares with whole months.
/// </summary>
public static class RollupMonths
{
    public static int Of(DateOnly date) => (date.Year * 12) + date.Month - 1;

    /// <summary>The first day of the month numbered <paramref name="month"/>.</summary>
    public static DateOnly FirstDay(int month) => new(month / 12, (month % 12) + 1, 1);

    /// <summary>True when [from, to] starts on a month's first day and ends on a month's last day, where given.</summary>
    public static bool Aligned(DateOnly? from, DateOnly? to) =>
        (from is not { } start || start.Day == 1) && (to is not { } end || end.Day == DateTime.DaysInMonth(end.Year, end.Month));
}
