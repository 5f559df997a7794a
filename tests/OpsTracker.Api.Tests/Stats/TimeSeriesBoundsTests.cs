using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>Each time-series bucket keeps the uncertainty of the counts in it, as the summary does.</summary>
public sealed class TimeSeriesBoundsTests() : ApiTest(new ApiFactory().WithPooledConnections())
{
    [Fact]
    public async Task A_bucket_holding_an_unbounded_count_has_no_high_and_the_others_keep_theirs()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).With(("startDate", "2025-10-01"), ("count", Payloads.Count(22, "moreThan"))));
        await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).With(("startDate", "2025-10-15"), ("count", Payloads.Count(2))));
        await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).With(("startDate", "2025-12-03"), ("endDate", null), ("count", Payloads.Count(2750, "range", 2500, 3000))));

        var series = await Client.GetObjectAsync($"{Paths.StatsTimeSeries}?metric=operations");

        Assert.Equal(
            [new Totals(24, 25, null, 2), new Totals(0, 0, 0, 0), new Totals(2750, 2500, 3000, 1)],
            series["buckets"]!.AsArray().Select(Totals.Read));
    }
}
