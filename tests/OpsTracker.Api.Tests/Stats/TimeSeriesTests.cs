using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// /stats/timeseries: one bucket per ISO week, month or year from from to to, empty ones included; a record counts in
/// the bucket of its startDate, and from/to bound the startDate rather than the period.
/// </summary>
public sealed class TimeSeriesTests(StatsFilterData data) : IClassFixture<StatsFilterData>
{
    private HttpClient Client => data.Client;

    [Fact]
    public async Task Months_from_from_to_to_include_the_empty_ones()
    {
        var series = await Client.GetObjectAsync($"{Paths.StatsTimeSeries}?metric=killed&interval=month&from=2025-09-01&to=2025-12-31");

        Assert.Equal("killed", series["metric"]!.GetValue<string>());
        Assert.Equal("month", series["interval"]!.GetValue<string>());
        Assert.Equal("2025-09-01", series["from"]!.GetValue<string>());
        Assert.Equal("2025-12-31", series["to"]!.GetValue<string>());
        Assert.Equal(
            ["2025-09-01..2025-09-30 0/0", "2025-10-01..2025-10-31 7/2", "2025-11-01..2025-11-30 0/0", "2025-12-01..2025-12-31 0/0"],
            Buckets(series));
    }

    [Fact]
    public async Task A_record_counts_in_the_bucket_of_its_start_date_and_the_range_defaults_to_the_first_and_last_start_date()
    {
        // The 7 arrested run from 25 September to 2 October: they count in September only.
        var series = await Client.GetObjectAsync($"{Paths.StatsTimeSeries}?metric=arrested");

        Assert.Equal("month", series["interval"]!.GetValue<string>());
        Assert.Equal("2025-09-25", series["from"]!.GetValue<string>());
        Assert.Equal("2025-11-10", series["to"]!.GetValue<string>());
        Assert.Equal(["2025-09-01..2025-09-30 7/1", "2025-10-01..2025-10-31 0/0", "2025-11-01..2025-11-30 1/1"], Buckets(series));
    }

    [Fact]
    public async Task From_and_to_bound_the_start_date_not_the_period()
    {
        var series = await Client.GetObjectAsync($"{Paths.StatsTimeSeries}?metric=arrested&from=2025-10-01&to=2025-10-31");
        var summary = await Client.GetObjectAsync($"{Paths.StatsSummary}?from=2025-10-01&to=2025-10-31");

        Assert.Equal(["2025-10-01..2025-10-31 0/0"], Buckets(series));
        Assert.Equal(new Totals(7, 7, 7, 1), Totals.Read(summary["arrested"]));
    }

    [Fact]
    public async Task Weeks_are_iso_weeks_from_monday_to_sunday()
    {
        var series = await Client.GetObjectAsync($"{Paths.StatsTimeSeries}?metric=operations&interval=week&from=2025-10-01&to=2025-11-09");

        Assert.Equal(
            [
                "2025-09-29..2025-10-05 10/1", "2025-10-06..2025-10-12 0/0", "2025-10-13..2025-10-19 0/0", "2025-10-20..2025-10-26 0/0",
                "2025-10-27..2025-11-02 0/0", "2025-11-03..2025-11-09 4/1",
            ],
            Buckets(series));
    }

    [Fact]
    public async Task Years_run_from_january_to_december()
    {
        var series = await Client.GetObjectAsync($"{Paths.StatsTimeSeries}?metric=wounded&interval=year&from=2024-06-01&to=2025-12-31");

        Assert.Equal(["2024-01-01..2024-12-31 0/0", "2025-01-01..2025-12-31 3/1"], Buckets(series));
    }

    [Theory]
    [InlineData("metric=killed&affiliation=isis", "2025-10-01..2025-10-31 5/1")]
    [InlineData("metric=killed&minReliability=B", "2025-10-01..2025-10-31 2/1")]
    [InlineData("metric=operations&country=IQ", "2025-11-01..2025-11-30 4/1")]
    [InlineData("metric=arrested&forceId={force1}", "2025-11-01..2025-11-30 1/1")]
    [InlineData("metric=killed&campId={holCamp}", "2025-10-01..2025-10-31 2/1")]
    public async Task The_summary_filters_narrow_the_records_counted(string template, string bucket)
    {
        var query = template.Replace("{force1}", data.Ids["force1"].ToString(), StringComparison.Ordinal)
            .Replace("{holCamp}", data.Ids["holCamp"].ToString(), StringComparison.Ordinal);

        var series = await Client.GetObjectAsync($"{Paths.StatsTimeSeries}?{query}");

        Assert.Equal([bucket], Buckets(series));
    }

    [Fact]
    public async Task With_nothing_to_count_the_buckets_from_from_to_to_are_empty_and_without_a_range_there_are_none()
    {
        var ranged = await Client.GetObjectAsync($"{Paths.StatsTimeSeries}?metric=killed&from=2024-01-15&to=2024-03-01");
        var unranged = await Client.GetObjectAsync($"{Paths.StatsTimeSeries}?metric=killed&country=TR");

        Assert.Equal(["2024-01-01..2024-01-31 0/0", "2024-02-01..2024-02-29 0/0", "2024-03-01..2024-03-31 0/0"], Buckets(ranged));
        Assert.Empty(unranged["buckets"]!.AsArray());
        Assert.Null(unranged["from"]);
        Assert.Null(unranged["to"]);
    }

    [Theory]
    [InlineData("", "metric", "metric is required: operations, killed, wounded or arrested.")]
    [InlineData("metric=deaths", "metric", "'deaths' is not one of the allowed values: operations, killed, wounded, arrested.")]
    [InlineData("metric=killed&interval=day", "interval", "'day' is not one of the allowed values: week, month, year.")]
    [InlineData("metric=killed&from=2025-10-31&to=2025-10-01", "to", "to cannot be before from.")]
    [InlineData("metric=killed&from=31-10-2025", "from", "'31-10-2025' is not a date in the form YYYY-MM-DD.")]
    [InlineData("metric=killed&interval=week&from=1900-01-01&to=2099-12-31", "interval", "More than 5000 buckets: narrow from/to or use a longer interval.")]
    [InlineData("metric=killed&affiliation=jihadist", "affiliation", "'jihadist' is not one of the allowed values: isis, civilian, partnerForce, coalition, governmentForce, unknown.")]
    public async Task A_bad_parameter_answers_400_naming_it(string query, string parameter, string message)
    {
        var problem = await Client.AssertRefusedAsync(ListHttp.WithQuery(Paths.StatsTimeSeries, query), parameter);

        Assert.Equal([message], problem.MessagesFor(parameter));
    }

    /// <summary>Each bucket as "start..end best/records", after checking that exact counts bound themselves.</summary>
    private static List<string> Buckets(JsonObject series) =>
        series["buckets"]!.AsArray().Select(node =>
        {
            var bucket = node!.AsObject();
            var total = Totals.Read(bucket);
            Assert.True(total.Best == total.Low && total.Best == total.High, $"Exact counts bound themselves: {bucket.ToJsonString()}");
            return $"{bucket["start"]!.GetValue<string>()}..{bucket["end"]!.GetValue<string>()} {total.Best}/{total.Records}";
        }).ToList();
}
