using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.StrengthEstimates;

/// <summary>The sample data holds the estimate of the Shafaq News report: about 2,500–3,000 ISIS fighters in Syria and Iraq in 2025.</summary>
public sealed class StrengthEstimateSampleDataTests() : ApiTest(new ApiFactory().WithSampleData())
{
    [Fact]
    public async Task The_sample_estimate_counts_isis_fighters_in_syria_and_iraq_as_shafaq_news_reports_them()
    {
        var isis = (await Client.AllAsync("forces")).Single(force => force["externalId"]!.GetValue<string>() == "sample:force:isis");
        var shafaq = (await Client.AllAsync("sources")).Single(source => source["externalId"]!.GetValue<string>() == "sample:source:shafaq-news-2025-11-13");

        var estimate = Assert.Single(await Client.AllAsync("strength-estimates"));

        Assert.Equal("sample:strength:isis-syria-iraq-2025", estimate["externalId"]!.GetValue<string>());
        Assert.Equal(isis.Id(), estimate["forceId"]!.GetValue<long>());
        Assert.Equal(["Islamic State", "ISIS"], new[] { isis["name"]!.GetValue<string>(), isis["acronym"]!.GetValue<string>() });
        Assert.Equal("""["SY","IQ"]""", estimate["countries"]!.ToJsonString());
        Assert.Equal(("2025-01-01", "year"), (estimate["asOf"]!.GetValue<string>(), estimate["datePrecision"]!.GetValue<string>()));
        Assert.Equal("""{"best":2750,"low":2500,"high":3000,"qualifier":"range"}""", estimate["count"]!.ToJsonString());
        Assert.Equal([shafaq.Id()], estimate["sourceIds"]!.AsArray().Select(id => id!.GetValue<long>()));

        var series = Assert.Single(await Client.GetSeriesAsync(StrengthEstimateSamples.Collection.Replace("/api/v1/", "/api/v1/stats/", StringComparison.Ordinal)));
        Assert.Equal("Islamic State", series["forceName"]!.GetValue<string>());
        Assert.Equal([estimate.Id()], FigureSeriesAnswer.FigureIds(series));
    }
}
