using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.StrengthEstimates;

/// <summary>
/// The list's filters (forceId, country matching any of an estimate's countries, from/to on asOf, region, qualifier,
/// sourceId, minReliability) and sort, and the series endpoint: one series per group and set of countries (and region),
/// in asOf order, with sources and the estimates that disagree within a precision window marked.
/// </summary>
public sealed class StrengthEstimateListTests(StrengthEstimateListData data) : IClassFixture<StrengthEstimateListData>
{
    private const string Collection = StrengthEstimateSamples.Collection;
    private const string Series = "/api/v1/stats/strength-estimates";

    private HttpClient Client => data.Client;

    [Theory]
    [InlineData("forceId=isis", "isisSyIq2025,isisSyIq2025June,isisSy2024,isisIqAnbar2023")]
    [InlineData("forceId=hts", "htsSy2025")]
    [InlineData("country=IQ", "isisSyIq2025,isisSyIq2025June,isisIqAnbar2023")]
    [InlineData("country=SY", "isisSyIq2025,isisSyIq2025June,isisSy2024,htsSy2025")]
    [InlineData("country=IQ,SY&forceId=isis", "isisSyIq2025,isisSyIq2025June,isisSy2024,isisIqAnbar2023")]
    [InlineData("country=TR", "")]
    [InlineData("from=2025-01-01", "isisSyIq2025,isisSyIq2025June,htsSy2025")]
    [InlineData("to=2024-12-31", "isisSy2024,isisIqAnbar2023")]
    [InlineData("region=Anbar", "isisIqAnbar2023")]
    [InlineData("qualifier=range,atLeast", "isisSyIq2025,isisIqAnbar2023")]
    [InlineData("sourceId=sourceC&forceId=isis", "isisSyIq2025,isisIqAnbar2023")]
    [InlineData("minReliability=A", "isisSyIq2025June,isisSy2024,htsSy2025")]
    public async Task A_filter_keeps_exactly_the_estimates_it_names(string query, string expected)
    {
        var ids = await Client.ListIdsAsync(Collection, Resolve(query));

        Assert.Equal(Labels(expected), ids.Order());
    }

    [Fact]
    public async Task Estimates_sort_by_their_count()
    {
        var ids = await Client.ListIdsAsync(Collection, "sort=-count.best");

        Assert.Equal(Labels("htsSy2025,isisSyIq2025June,isisSyIq2025,isisSy2024,isisIqAnbar2023", ordered: true), ids);
    }

    [Fact]
    public async Task A_country_that_is_no_code_is_a_400_naming_it()
    {
        var problem = await Client.AssertRefusedAsync($"{Collection}?country=Syria", "country");

        Assert.Equal(["'Syria' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ)."], problem.MessagesFor("country"));
    }

    [Fact]
    public async Task Each_group_and_set_of_countries_is_a_series_in_as_of_order()
    {
        var series = await Client.GetSeriesAsync(Series, Resolve("forceId=isis"));

        Assert.Equal(["IQ", "IQ,SY", "SY"], series.Select(s => string.Join(',', s["countries"]!.AsArray().Select(c => c!.GetValue<string>()))));
        Assert.Equal(["Anbar", null, null], series.Select(s => s["region"]?.GetValue<string>()));
        Assert.All(series, s => Assert.Equal(("Islamic State", data.Ids["isis"]), (s["forceName"]!.GetValue<string>(), s["forceId"]!.GetValue<long>())));
        Assert.Equal(Labels("isisIqAnbar2023", ordered: true), FigureSeriesAnswer.FigureIds(series[0]));
        Assert.Equal(Labels("isisSyIq2025,isisSyIq2025June", ordered: true), FigureSeriesAnswer.FigureIds(series[1]));
        Assert.Equal(Labels("isisSy2024", ordered: true), FigureSeriesAnswer.FigureIds(series[2]));
    }

    [Fact]
    public async Task Estimates_of_one_series_that_disagree_within_a_year_conflict_and_carry_their_sources()
    {
        var figures = FigureSeriesAnswer.FiguresById(await Client.GetSeriesAsync(Series, "country=IQ"));

        var year = figures[data.Ids["isisSyIq2025"]];
        FigureSeriesAnswer.AssertConflicts(year, [data.Ids["isisSyIq2025June"]]);
        FigureSeriesAnswer.AssertConflicts(figures[data.Ids["isisSyIq2025June"]], [data.Ids["isisSyIq2025"]]);
        FigureSeriesAnswer.AssertConflicts(figures[data.Ids["isisIqAnbar2023"]], []);
        Assert.Equal((2500L, 3000L), (year["low"]!.GetValue<long>(), year["high"]!.GetValue<long>()));
        Assert.Equal([data.Ids["sourceC"]], year["sources"]!.AsArray().Select(source => source!["id"]!.GetValue<long>()));
        Assert.Equal("Estimate isisSyIq2025.", year["notes"]!.GetValue<string>());
        Assert.DoesNotContain(data.Ids["htsSy2025"], figures.Keys);
    }

    [Fact]
    public async Task The_series_takes_the_lists_filters_and_no_other_parameter()
    {
        var problem = await Client.AssertRefusedAsync($"{Series}?campId=1", "campId");

        Assert.Contains("forceId", problem.MessagesFor("campId")[0], StringComparison.Ordinal);
        Assert.Equal(Labels("htsSy2025", ordered: true),
            FigureSeriesAnswer.FigureIds(Assert.Single(await Client.GetSeriesAsync(Series, Resolve("forceId=hts&from=2025-01-01")))));
    }

    [Fact]
    public async Task The_csv_export_joins_the_countries_with_semicolons()
    {
        var csv = await Client.ExportCsvAsync("strength-estimates");

        Assert.StartsWith("id,externalId,forceId,countries,region,asOf,datePrecision,sourceIds,citations,count.best,count.low,count.high,count.qualifier,status,notes,", csv);
        Assert.Contains($"{data.Ids["isisSyIq2025June"]},", csv);
        Assert.Contains(",IQ;SY,,2025-06-01,day,", csv);
    }

    /// <summary>The query with each label (isis, sourceC) replaced by its id.</summary>
    private string Resolve(string query) =>
        string.Join('&', query.Split('&').Select(part =>
        {
            var (name, value) = (part[..part.IndexOf('=')], part[(part.IndexOf('=') + 1)..]);
            var values = value.Split(',').Select(item => data.Ids.TryGetValue(item, out var id) ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : item);
            return $"{name}={string.Join(',', values)}";
        }));

    private List<long> Labels(string labels, bool ordered = false)
    {
        var ids = labels.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(label => data.Ids[label]);
        return ordered ? [.. ids] : [.. ids.Order()];
    }
}
