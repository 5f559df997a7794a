using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// /stats/detainee-figures: one series per facility exactly as reported, its figures in asOf order with bounds and
/// sources, and disagreeing reports within a precision window marked as conflicting.
/// </summary>
public sealed class DetaineeFigureSeriesTests(DetaineeFigureSeriesData data) : IClassFixture<DetaineeFigureSeriesData>
{
    private HttpClient Client => data.Client;

    [Fact]
    public async Task Each_facility_exactly_as_reported_is_a_series_in_as_of_order()
    {
        var series = await Client.GetSeriesAsync(Paths.StatsDetaineeFigures);

        Assert.Equal(
            [DetaineeFigureSeriesData.Baghdad, DetaineeFigureSeriesData.Ghuwayran, DetaineeFigureSeriesData.NorthEastSyriaCapitalized, DetaineeFigureSeriesData.NorthEastSyria],
            series.Select(s => s["facility"]!.GetValue<string>()));
        Assert.Equal(
            [Ids("baghdad"), Ids("ghuwayran2022", "ghuwayranJanuary", "ghuwayranMarch2023"), Ids("northEastSyriaCapitalized"), Ids("northEastSyria", "northEastSyriaAgain")],
            series.Select(FigureSeriesAnswer.FigureIds));
    }

    [Fact]
    public async Task Disagreeing_figures_within_a_window_conflict_and_agreeing_ones_do_not()
    {
        var figures = FigureSeriesAnswer.FiguresById(await Client.GetSeriesAsync(Paths.StatsDetaineeFigures));

        AssertConflicts(figures, "ghuwayran2022", "ghuwayranJanuary");
        AssertConflicts(figures, "ghuwayranJanuary", "ghuwayran2022");
        AssertConflicts(figures, "ghuwayranMarch2023");
        AssertConflicts(figures, "northEastSyria");
        AssertConflicts(figures, "northEastSyriaAgain");
        AssertConflicts(figures, "northEastSyriaCapitalized"); // another series, though in the same month with another count
    }

    [Fact]
    public async Task A_figure_carries_its_bounds_and_sources()
    {
        var figures = FigureSeriesAnswer.FiguresById(await Client.GetSeriesAsync(Paths.StatsDetaineeFigures));

        var moreThan = figures[data.Ids["northEastSyriaCapitalized"]];
        Assert.Equal(10001, moreThan["low"]!.GetValue<long>());
        Assert.Null(moreThan["high"]);
        Assert.Equal("moreThan", moreThan["count"]!["qualifier"]!.GetValue<string>());
        var source = Assert.Single(moreThan["sources"]!.AsArray())!;
        Assert.Equal(data.Ids["sourceA"], source["id"]!.GetValue<long>());
        Assert.Equal("A", source["reliability"]!.GetValue<string>());
        Assert.Equal("US Central Command (CENTCOM)", source["publisher"]!.GetValue<string>());
        Assert.Equal("2025-11-13", source["publishedOn"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("country=IQ", "baghdad")]
    [InlineData("region=Al-Hasakah&from=2025-01-01", "northEastSyriaCapitalized,northEastSyria,northEastSyriaAgain")]
    [InlineData("forceId={sdf}", "ghuwayran2022,ghuwayranJanuary,ghuwayranMarch2023")]
    [InlineData("forceId={sdf}&to=2022-12-31", "ghuwayran2022,ghuwayranJanuary")]
    [InlineData("minReliability=B&qualifier=exact", "baghdad,ghuwayranMarch2023")]
    [InlineData("sourceId={sourceC}", "ghuwayranJanuary,northEastSyria")]
    public async Task The_lists_filters_narrow_the_figures(string template, string expected)
    {
        var query = template.Replace("{sdf}", data.Ids["sdf"].ToString(), StringComparison.Ordinal)
            .Replace("{sourceC}", data.Ids["sourceC"].ToString(), StringComparison.Ordinal);

        var series = await Client.GetSeriesAsync(Paths.StatsDetaineeFigures, query);

        Assert.Equal(Ids(expected.Split(',')), series.SelectMany(FigureSeriesAnswer.FigureIds));
    }

    [Theory]
    [InlineData("country=Iraq", "country")]
    [InlineData("forceId=sdf", "forceId")]
    [InlineData("to=2025-13-01", "to")]
    [InlineData("qualifier=many", "qualifier")]
    [InlineData("facility=Ghuwayran", "facility")]
    [InlineData("format=csv", "format")]
    public async Task A_bad_or_unknown_parameter_answers_400_naming_it(string query, string parameter)
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.StatsDetaineeFigures}?{query}", parameter);

        Assert.Single(problem.MessagesFor(parameter));
    }

    private void AssertConflicts(Dictionary<long, JsonObject> figures, string label, params string[] others) =>
        FigureSeriesAnswer.AssertConflicts(figures[data.Ids[label]], Ids(others));

    private List<long> Ids(params string[] labels) => labels.Select(label => data.Ids[label]).ToList();
}
