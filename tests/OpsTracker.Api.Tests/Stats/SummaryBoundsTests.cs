using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// /stats/summary sums best, and the lower and upper bound each qualifier allows; high is null once any summed
/// record has no ceiling (atLeast, moreThan).
/// </summary>
public sealed class SummaryBoundsTests() : ApiTest(new ApiFactory().WithPooledConnections())
{
    [Fact]
    public async Task With_no_records_every_total_is_zero()
    {
        var summary = await Client.GetObjectAsync(Paths.StatsSummary);

        foreach (var total in new[] { "operations", "killed", "wounded", "arrested" })
        {
            Assert.Equal(new Totals(0, 0, 0, 0), Totals.Read(summary[total]));
        }
    }

    [Fact]
    public async Task Bounded_qualifiers_add_their_lower_and_upper_bounds()
    {
        var sourceId = await Client.CreateSourceAsync();
        (int Best, string Qualifier, int? Low, int? High)[] counts =
        [
            (5, "exact", null, null), // 5..5
            (100, "approximately", null, null), // 100..100
            (100, "approximately", 90, 120), // 90..120
            (50, "approximately", 45, null), // 45..50
            (40, "atMost", null, null), // 0..40
            (40, "atMost", 10, null), // 10..40
            (40, "lessThan", null, null), // 0..39
            (2750, "range", 2500, 3000), // 2500..3000
        ];
        foreach (var (best, qualifier, low, high) in counts)
        {
            await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("count", Payloads.Count(best, qualifier, low, high))));
        }

        var summary = await Client.GetObjectAsync(Paths.StatsSummary);

        Assert.Equal(new Totals(3125, 2750, 3394, 8), Totals.Read(summary["killed"]));
        Assert.Equal(new Totals(0, 0, 0, 0), Totals.Read(summary["wounded"]));
    }

    [Fact]
    public async Task At_least_and_more_than_leave_a_total_without_a_ceiling()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).With(("count", Payloads.Count(3))));
        await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).With(("count", Payloads.Count(22, "moreThan"))));
        await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("count", Payloads.Count(19, "atLeast"))));
        await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("count", Payloads.Count(1))));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("outcome", "wounded"), ("count", Payloads.Count(10, "atLeast", low: 8))));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("outcome", "wounded"), ("count", Payloads.Count(30, "moreThan", low: 25))));

        var summary = await Client.GetObjectAsync(Paths.StatsSummary);

        Assert.Equal(new Totals(25, 26, null, 2), Totals.Read(summary["operations"])); // more than 22 is at least 23
        Assert.Equal(new Totals(20, 20, null, 2), Totals.Read(summary["arrested"]));
        Assert.Equal(new Totals(40, 33, null, 2), Totals.Read(summary["wounded"])); // a stated low stands instead of best (+ 1)
        Assert.Equal(new Totals(0, 0, 0, 0), Totals.Read(summary["killed"]));
    }

    [Fact]
    public async Task Operations_and_arrests_left_without_a_count_add_one_each()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).Without("count"));
        await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).Without("count"));
        await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("personName", "Bahaa Musiri")).Without("count"));

        var summary = await Client.GetObjectAsync(Paths.StatsSummary);

        Assert.Equal(new Totals(1, 1, 1, 1), Totals.Read(summary["operations"]));
        Assert.Equal(new Totals(2, 2, 2, 2), Totals.Read(summary["arrested"]));
    }
}
