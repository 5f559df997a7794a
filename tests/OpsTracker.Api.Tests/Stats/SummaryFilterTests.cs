using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// /stats/summary takes the lists' filters (from/to as period overlap, country, region, campId, forceId, sourceId,
/// minReliability) and affiliation for casualties, and totals exactly the records the matching lists return.
/// </summary>
public sealed class SummaryFilterTests(StatsFilterData data) : IClassFixture<StatsFilterData>
{
    private HttpClient Client => data.Client;

    [Theory]
    [InlineData("", "14/2", "7/2", "3/1", "8/2")]
    [InlineData("from=2025-10-01&to=2025-10-31", "10/1", "7/2", "0/0", "7/1")]
    [InlineData("from=2025-11-01", "4/1", "0/0", "3/1", "1/1")]
    [InlineData("country=SY", "10/1", "7/2", "0/0", "7/1")]
    [InlineData("country=SY,IQ", "14/2", "7/2", "3/1", "8/2")]
    [InlineData("region=Nineveh", "4/1", "0/0", "3/1", "0/0")]
    [InlineData("minReliability=B", "10/1", "2/1", "3/1", "7/1")]
    [InlineData("affiliation=isis", "14/2", "5/1", "3/1", "8/2")]
    [InlineData("affiliation=civilian,coalition", "14/2", "2/1", "0/0", "8/2")]
    [InlineData("country=SY&affiliation=isis&from=2025-10-01&to=2025-10-31", "10/1", "5/1", "0/0", "7/1")]
    public async Task Filters_narrow_every_total(string query, string operations, string killed, string wounded, string arrested)
    {
        var summary = await Client.GetObjectAsync(ListHttp.WithQuery(Paths.StatsSummary, query));

        Assert.Equal([operations, killed, wounded, arrested], AllTotals(summary));
    }

    [Fact]
    public async Task Force_id_totals_a_forces_operations_the_casualties_tied_to_them_and_its_arrests()
    {
        var byForce1 = await Client.GetObjectAsync($"{Paths.StatsSummary}?forceId={data.Ids["force1"]}");
        var byForce2 = await Client.GetObjectAsync($"{Paths.StatsSummary}?forceId={data.Ids["force2"]}");

        Assert.Equal(["10/1", "5/1", "0/0", "1/1"], AllTotals(byForce1)); // arrests in its operation
        Assert.Equal(["4/1", "0/0", "3/1", "7/1"], AllTotals(byForce2)); // arrests it made
    }

    [Fact]
    public async Task Source_id_and_camp_id_total_the_records_citing_the_source_or_placed_in_the_camp()
    {
        var citingE = await Client.GetObjectAsync($"{Paths.StatsSummary}?sourceId={data.Ids["sourceE"]}");
        var inHol = await Client.GetObjectAsync($"{Paths.StatsSummary}?campId={data.Ids["holCamp"]}");

        Assert.Equal(["4/1", "5/1", "0/0", "1/1"], AllTotals(citingE));
        Assert.Equal(["0/0", "2/1", "0/0", "0/0"], AllTotals(inHol));
    }

    [Theory]
    [InlineData("")]
    [InlineData("from=2025-10-01&to=2025-10-31")]
    [InlineData("country=IQ")]
    [InlineData("minReliability=B&region=Al-Hasakah")]
    [InlineData("forceId={force1}")]
    [InlineData("forceId={force2}&from=2025-10-02")]
    public async Task A_total_counts_exactly_the_records_the_matching_list_returns(string template)
    {
        var query = template.Replace("{force1}", data.Ids["force1"].ToString(), StringComparison.Ordinal)
            .Replace("{force2}", data.Ids["force2"].ToString(), StringComparison.Ordinal);

        var summary = await Client.GetObjectAsync(ListHttp.WithQuery(Paths.StatsSummary, query));

        Assert.Equal((await Client.ListAsync(Paths.Operations, query)).Count, Totals.Read(summary["operations"]).Records);
        Assert.Equal((await Client.ListAsync(Paths.Casualties, ListHttp.Join(query, "outcome=killed"))).Count, Totals.Read(summary["killed"]).Records);
        Assert.Equal((await Client.ListAsync(Paths.Casualties, ListHttp.Join(query, "outcome=wounded"))).Count, Totals.Read(summary["wounded"]).Records);
        Assert.Equal((await Client.ListAsync(Paths.Arrests, query)).Count, Totals.Read(summary["arrested"]).Records);
    }

    [Theory]
    [InlineData("affiliation=isiss", "affiliation")]
    [InlineData("from=2025-10", "from")]
    [InlineData("from=2025-10-31&to=2025-10-01", "to")]
    [InlineData("minReliability=Z", "minReliability")]
    [InlineData("forceId=abc", "forceId")]
    [InlineData("country=sy", "country")]
    [InlineData("outcome=killed", "outcome")]
    [InlineData("metric=killed", "metric")]
    public async Task A_bad_or_unknown_parameter_answers_400_naming_it(string query, string parameter)
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.StatsSummary}?{query}", parameter);

        Assert.Single(problem.MessagesFor(parameter));
    }

    /// <summary>Each total as "best/records", after checking that exact counts bound themselves (low = high = best).</summary>
    private static string[] AllTotals(JsonObject summary) =>
        [.. new[] { "operations", "killed", "wounded", "arrested" }.Select(name =>
        {
            var total = Totals.Read(summary[name]);
            Assert.True(total.Best == total.Low && total.Best == total.High, $"{name}: exact counts bound themselves, got {total}");
            return $"{total.Best}/{total.Records}";
        })];
}
