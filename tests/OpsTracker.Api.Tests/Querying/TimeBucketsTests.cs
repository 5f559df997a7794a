using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Stats;

namespace OpsTracker.Api.Tests.Querying;

public sealed class TimeBucketsTests
{
    [Theory]
    [InlineData("2025-11-13", TimeInterval.Week, "2025-11-10")] // Thursday → Monday
    [InlineData("2025-11-10", TimeInterval.Week, "2025-11-10")] // Monday
    [InlineData("2025-11-16", TimeInterval.Week, "2025-11-10")] // Sunday closes the ISO week
    [InlineData("2025-11-13", TimeInterval.Month, "2025-11-01")]
    [InlineData("2025-11-13", TimeInterval.Year, "2025-01-01")]
    public void A_day_falls_in_the_bucket_that_starts_on(string day, TimeInterval interval, string start) =>
        Assert.Equal(DateOnly.Parse(start), TimeBuckets.StartOf(DateOnly.Parse(day), interval));

    [Fact]
    public void Buckets_between_two_days_include_both_ends() =>
        Assert.Equal(
            [new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 1)],
            TimeBuckets.Between(new DateOnly(2025, 9, 15), new DateOnly(2025, 11, 2), TimeInterval.Month));

    [Theory]
    [InlineData("2019-06-15", DatePrecision.Year, "2019-01-01", "2019-12-31")]
    [InlineData("2025-02-10", DatePrecision.Month, "2025-02-01", "2025-02-28")]
    [InlineData("2025-11-13", DatePrecision.Day, "2025-11-13", "2025-11-13")]
    public void A_figure_stands_for_the_window_of_its_precision(string asOf, DatePrecision precision, string start, string end) =>
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), FigureSeries.Window(DateOnly.Parse(asOf), precision));
}
