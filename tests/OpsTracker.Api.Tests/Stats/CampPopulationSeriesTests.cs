using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// /stats/camp-populations: one series per camp or group of camps reported together, its figures in asOf order with
/// their bounds and sources; figures of one series dated within the same precision window but reporting different
/// counts are marked as conflicting with each other.
/// </summary>
public sealed class CampPopulationSeriesTests(CampPopulationSeriesData data) : IClassFixture<CampPopulationSeriesData>
{
    private HttpClient Client => data.Client;

    [Fact]
    public async Task Each_camp_and_each_group_of_camps_reported_together_is_a_series_in_as_of_order()
    {
        var series = await Client.GetSeriesAsync(Paths.StatsCampPopulations);

        Assert.Equal([[data.Ids["hol"]], [data.Ids["hol"], data.Ids["roj"]], [data.Ids["roj"]]], series.Select(Longs("campIds")));
        Assert.Equal([["al-Hol"], ["al-Hol", "Roj"], ["Roj"]], series.Select(s => s["campNames"]!.AsArray().Select(name => name!.GetValue<string>()).ToList()));
        Assert.Equal(Ids("hol2018", "hol2019", "hol2019June", "hol2024About", "hol2024Exact", "hol2025", "hol2025Again"), FigureSeriesAnswer.FigureIds(series[0]));
        Assert.Equal(Ids("holAndRoj2025"), FigureSeriesAnswer.FigureIds(series[1]));
        Assert.Equal(Ids("rojJuly", "rojJuly20", "rojAugust"), FigureSeriesAnswer.FigureIds(series[2]));
    }

    [Fact]
    public async Task A_figure_carries_its_count_bounds_notes_and_sources()
    {
        var figures = FigureSeriesAnswer.FiguresById(await Client.GetSeriesAsync(Paths.StatsCampPopulations));

        var hol2025 = figures[data.Ids["hol2025"]];
        Assert.Equal("2025-11-13", hol2025["asOf"]!.GetValue<string>());
        Assert.Equal("day", hol2025["datePrecision"]!.GetValue<string>());
        Assert.Equal("""{"best":30000,"low":null,"high":null,"qualifier":"approximately"}""", hol2025["count"]!.ToJsonString());
        Assert.Equal((30000L, 30000L), (hol2025["low"]!.GetValue<long>(), hol2025["high"]!.GetValue<long>()));
        Assert.Equal("Figure hol2025.", hol2025["notes"]!.GetValue<string>());
        var sources = hol2025["sources"]!.AsArray();
        Assert.Equal(Ids("sourceA", "sourceB"), sources.Select(source => source!["id"]!.GetValue<long>()));
        Assert.Equal(
            $$"""{"id":{{data.Ids["sourceA"]}},"title":"Syria: al-Hol camp update","publisher":"OCHA","publishedOn":"2019-03-01","reliability":"A","url":"https://reliefweb.int/"}""",
            sources[0]!.ToJsonString());

        var rojJuly = figures[data.Ids["rojJuly"]];
        Assert.Equal("month", rojJuly["datePrecision"]!.GetValue<string>());
        Assert.Equal(2500, rojJuly["low"]!.GetValue<long>());
        Assert.Null(rojJuly["high"]);
        Assert.Equal((2500L, 3000L), (figures[data.Ids["rojJuly20"]]["low"]!.GetValue<long>(), figures[data.Ids["rojJuly20"]]["high"]!.GetValue<long>()));
        var shafaq = Assert.Single(figures[data.Ids["rojAugust"]]["sources"]!.AsArray())!;
        Assert.Equal("تقرير شفق نيوز", shafaq["title"]!.GetValue<string>());
        Assert.Null(shafaq["publishedOn"]);
        Assert.Null(shafaq["url"]);
        Assert.Equal("C", shafaq["reliability"]!.GetValue<string>());
    }

    [Fact]
    public async Task Figures_of_one_series_that_disagree_within_a_precision_window_conflict_with_each_other()
    {
        var figures = FigureSeriesAnswer.FiguresById(await Client.GetSeriesAsync(Paths.StatsCampPopulations));

        // "in 2019" (year) and 2019-06-01 share 2019; July 2025 (month) and 2025-07-20 share July; the same day with
        // the same best but another qualifier is another count.
        AssertConflicts(figures, "hol2019", "hol2019June");
        AssertConflicts(figures, "hol2019June", "hol2019");
        AssertConflicts(figures, "rojJuly", "rojJuly20");
        AssertConflicts(figures, "rojJuly20", "rojJuly");
        AssertConflicts(figures, "hol2024About", "hol2024Exact");
        AssertConflicts(figures, "hol2024Exact", "hol2024About");
    }

    [Fact]
    public async Task Figures_that_agree_or_fall_in_different_windows_or_series_do_not_conflict()
    {
        var figures = FigureSeriesAnswer.FiguresById(await Client.GetSeriesAsync(Paths.StatsCampPopulations));

        // Same day and same count (different sources); a day outside the other's month; another series on the same day.
        foreach (var label in new[] { "hol2025", "hol2025Again", "holAndRoj2025", "rojAugust", "hol2018" })
        {
            AssertConflicts(figures, label);
        }
    }

    [Theory]
    [InlineData("campId={roj}", "holAndRoj2025,rojJuly,rojJuly20,rojAugust")]
    [InlineData("from=2025-07-15&to=2025-11-13", "hol2025,hol2025Again,holAndRoj2025,rojJuly20,rojAugust")]
    [InlineData("minReliability=A", "hol2018,hol2019,hol2024About,hol2025")]
    [InlineData("sourceId={sourceB}", "hol2025,holAndRoj2025,rojJuly")]
    [InlineData("qualifier=atLeast,range", "rojJuly,rojJuly20")]
    public async Task The_lists_filters_narrow_the_figures(string template, string expected)
    {
        var query = template.Replace("{roj}", data.Ids["roj"].ToString(), StringComparison.Ordinal)
            .Replace("{sourceB}", data.Ids["sourceB"].ToString(), StringComparison.Ordinal);

        var series = await Client.GetSeriesAsync(Paths.StatsCampPopulations, query);

        Assert.Equal(Ids(expected.Split(',')), series.SelectMany(FigureSeriesAnswer.FigureIds));
    }

    [Theory]
    [InlineData("campId=abc", "campId")]
    [InlineData("from=2025", "from")]
    [InlineData("from=2025-12-01&to=2025-01-01", "to")]
    [InlineData("qualifier=about", "qualifier")]
    [InlineData("minReliability=Z", "minReliability")]
    [InlineData("q=hol", "q")]
    [InlineData("sort=asOf", "sort")]
    public async Task A_bad_or_unknown_parameter_answers_400_naming_it(string query, string parameter)
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.StatsCampPopulations}?{query}", parameter);

        Assert.Single(problem.MessagesFor(parameter));
    }

    private static Func<JsonObject, List<long>> Longs(string field) => node => node[field]!.AsArray().Select(id => id!.GetValue<long>()).ToList();

    private void AssertConflicts(Dictionary<long, JsonObject> figures, string label, params string[] others) =>
        FigureSeriesAnswer.AssertConflicts(figures[data.Ids[label]], Ids(others));

    private List<long> Ids(params string[] labels) => labels.Select(label => data.Ids[label]).ToList();
}
