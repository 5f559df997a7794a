using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// minReliability: report records citing at least one source graded this or better (A is best), and sources
/// graded this or better.
/// </summary>
public sealed class ReliabilityFilterTests(ReliabilityFilterData data) : IClassFixture<ReliabilityFilterData>
{
    private HttpClient Client => data.Client;

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Min_reliability_matches_records_citing_at_least_one_source_graded_that_or_better(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;

        Assert.Equal(Ids(name, "citesEAndA"), await Client.ListIdsAsync(collection, "minReliability=A"));
        Assert.Equal(Ids(name, "citesB", "citesEAndA"), await Client.ListIdsAsync(collection, "minReliability=B"));
        Assert.Equal(Ids(name, "citesB", "citesEAndA", "citesC"), await Client.ListIdsAsync(collection, "minReliability=D"));
        Assert.Equal(Ids(name, "citesB", "citesEAndA", "citesC", "citesEAndF"), await Client.ListIdsAsync(collection, "minReliability=E"));
        Assert.Equal(await Client.ListIdsAsync(collection), await Client.ListIdsAsync(collection, "minReliability=F"));
    }

    [Fact]
    public async Task Min_reliability_combines_with_source_id()
    {
        var query = $"sourceId={data.Sources["E"]}&minReliability=B";

        Assert.Equal(Ids("casualties", "citesEAndA"), await Client.ListIdsAsync(Paths.Casualties, query));
    }

    [Fact]
    public async Task Min_reliability_on_sources_matches_sources_graded_that_or_better()
    {
        var sources = data.Sources;

        Assert.Equal([sources["A"]], await Client.ListIdsAsync(Paths.Sources, "minReliability=A"));
        Assert.Equal([sources["A"], sources["B"]], await Client.ListIdsAsync(Paths.Sources, "minReliability=B"));
        Assert.Equal([sources["A"], sources["B"], sources["C"], sources["E"]], await Client.ListIdsAsync(Paths.Sources, "minReliability=E"));
        Assert.Equal(sources.Values.Order().ToList(), await Client.ListIdsAsync(Paths.Sources, "minReliability=F"));
    }

    [Theory]
    [InlineData(Paths.Operations, "G")]
    [InlineData(Paths.Casualties, "b")]
    [InlineData(Paths.Arrests, "AB")]
    [InlineData(Paths.DetaineeFigures, "B,C")]
    [InlineData(Paths.CampPopulations, "")]
    [InlineData(Paths.Sources, "1")]
    public async Task A_min_reliability_that_is_not_one_grade_from_a_to_f_answers_400_naming_it(string collection, string value)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?minReliability={value}", "minReliability");

        Assert.Equal([$"'{value}' is not one of the allowed values: A, B, C, D, E, F."], problem.MessagesFor("minReliability"));
    }

    [Fact]
    public async Task A_repeated_min_reliability_answers_400_naming_it()
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.Operations}?minReliability=A&minReliability=B", "minReliability");

        Assert.Equal(["Give minReliability once."], problem.MessagesFor("minReliability"));
    }

    private List<long> Ids(string name, params string[] labels) => labels.Select(label => data.Records[name][label]).ToList();
}
