using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Stats;

namespace OpsTracker.Api.Tests.Querying;

public sealed class CountBoundsTests
{
    [Theory]
    [InlineData(CountQualifier.Exact, 5, null, null, 5L, 5L)]
    [InlineData(CountQualifier.Approximately, 30000, null, null, 30000L, 30000L)]
    [InlineData(CountQualifier.Approximately, 30000, 28000, 32000, 28000L, 32000L)]
    [InlineData(CountQualifier.AtLeast, 22, null, null, 22L, null)]
    [InlineData(CountQualifier.AtLeast, 22, 20, null, 20L, null)]
    [InlineData(CountQualifier.MoreThan, 22, null, null, 23L, null)]
    [InlineData(CountQualifier.MoreThan, 22, 25, null, 25L, null)]
    [InlineData(CountQualifier.AtMost, 100, null, null, 0L, 100L)]
    [InlineData(CountQualifier.AtMost, 100, 10, 90, 10L, 90L)]
    [InlineData(CountQualifier.LessThan, 100, null, null, 0L, 99L)]
    [InlineData(CountQualifier.LessThan, 100, 5, null, 5L, 99L)]
    [InlineData(CountQualifier.Range, 2750, 2500, 3000, 2500L, 3000L)]
    public void Each_qualifier_has_its_bounds(CountQualifier qualifier, int best, int? low, int? high, long lower, long? upper)
    {
        var count = new ReportedCount { Best = best, Low = low, High = high, Qualifier = qualifier };

        Assert.Equal(lower, count.LowerBound);
        Assert.Equal(upper, count.UpperBound);
    }

    [Fact]
    public void A_total_has_no_ceiling_once_any_part_has_none()
    {
        var bounded = new CountTotals(10, 8, 12, 1);
        var unbounded = new CountTotals(22, 23, null, 1);

        Assert.Equal(new CountTotals(32, 31, null, 2), bounded.Add(unbounded));
        Assert.Equal(new CountTotals(20, 16, 24, 2), bounded.Add(bounded));
    }
}
