using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// A query parameter the endpoint does not have is a 400 naming it, never silently ignored: a misspelt filter, or a
/// filter of another resource, must not answer as if unfiltered.
/// </summary>
public sealed class UnknownParameterTests(SharedApi api) : IClassFixture<SharedApi>
{
    private HttpClient Client => api.Client;

    [Theory]
    [InlineData(Paths.Casualties, "affilation", "isis")]
    [InlineData(Paths.Casualties, "minreliability", "B")]
    [InlineData(Paths.Operations, "affiliation", "isis")]
    [InlineData(Paths.Operations, "operationId", "1")]
    [InlineData(Paths.Operations, "unit", "families")]
    [InlineData(Paths.Arrests, "type", "raid")]
    [InlineData(Paths.Casualties, "reliability", "A")]
    [InlineData(Paths.DetaineeFigures, "operationId", "1")]
    [InlineData(Paths.CampPopulations, "country", "SY")]
    [InlineData(Paths.CampPopulations, "forceId", "1")]
    [InlineData(Paths.Camps, "campId", "1")]
    [InlineData(Paths.Camps, "from", "2025-01-01")]
    [InlineData(Paths.Forces, "sourceId", "1")]
    [InlineData(Paths.Forces, "country", "SY")]
    [InlineData(Paths.Sources, "qualifier", "exact")]
    [InlineData(Paths.Sources, "search", "CENTCOM")]
    [InlineData(Paths.StatsSummary, "type", "raid")]
    [InlineData(Paths.StatsSummary, "q", "hol")]
    [InlineData(Paths.StatsTimeSeries + "?metric=killed", "sort", "best")]
    [InlineData(Paths.StatsCampPopulations, "country", "SY")]
    [InlineData(Paths.StatsDetaineeFigures, "q", "prison")]
    public async Task A_parameter_the_endpoint_does_not_have_answers_400_naming_it(string path, string parameter, string value)
    {
        var problem = await Client.AssertRefusedAsync(ListHttp.WithQuery(path, $"{parameter}={value}"), parameter);

        Assert.StartsWith($"'{parameter}' is not a parameter here. The parameters are: ", Assert.Single(problem.MessagesFor(parameter)));
    }

    [Fact]
    public async Task The_answer_lists_the_parameters_the_list_has()
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.Casualties}?colour=red", "colour");

        var listed = Assert.Single(problem.MessagesFor("colour"))[("'colour' is not a parameter here. The parameters are: ".Length)..].TrimEnd('.').Split(", ");
        Assert.Equal(
            ["affiliation", "after", "campId", "count", "country", "forceId", "format", "from", "minReliability", "operationId", "outcome", "page", "pageSize", "personId",
                "q", "qualifier", "region", "side", "sort", "sourceId", "status", "to", "updatedSince"],
            listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_unknown_parameter_is_named_together_with_bad_values_of_known_ones()
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.Operations}?colour=red&size=big&country=sy", "colour", "size", "country");

        Assert.Single(problem.MessagesFor("size"));
    }
}
