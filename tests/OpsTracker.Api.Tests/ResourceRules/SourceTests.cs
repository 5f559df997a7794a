using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.ResourceRules;

public sealed class SourceTests : ApiTest
{
    [Fact]
    public async Task Title_and_publisher_are_required_and_limited_in_length()
    {
        var missing = await AssertRefusedAsync(Payloads.Source().Without("title", "publisher"), "title", "publisher");
        await AssertRefusedAsync(Payloads.Source().With(("title", ""), ("publisher", "  ")), "title", "publisher");
        await AssertRefusedAsync(Payloads.Source().With(("title", new string('t', 4001))), "title");
        await AssertRefusedAsync(Payloads.Source().With(("publisher", new string('p', 201))), "publisher");

        Assert.Equal(["title is required."], missing.MessagesFor("title"));
        Assert.Equal(["publisher is required."], missing.MessagesFor("publisher"));
        Assert.Equal(0, await Client.CountAsync(Paths.Sources));
    }

    [Fact]
    public async Task Url_must_be_an_absolute_http_or_https_address()
    {
        foreach (var url in new[] { "ftp://shafaq.com/report", "shafaq.com", "/en/report", "javascript:alert(1)", "mailto:news@shafaq.com", "" })
        {
            var problem = await AssertRefusedAsync(Payloads.Source().With(("url", url)), "url");
            Assert.Equal(["url must be an absolute http or https address."], problem.MessagesFor("url"));
        }

        await AssertRefusedAsync(Payloads.Source().With(("url", "https://shafaq.com/" + new string('a', 2048))), "url");
        var https = await Client.CreateAsync(Paths.Sources, Payloads.Source().With(("url", "https://shafaq.com/en/Security/report")));
        var http = await Client.CreateAsync(Paths.Sources, Payloads.Source().With(("url", "http://sarabic.ae/20251113/")));
        Assert.Equal("https://shafaq.com/en/Security/report", https["url"]!.GetValue<string>());
        Assert.Equal("http://sarabic.ae/20251113/", http["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Language_must_be_a_bcp47_tag()
    {
        foreach (var language in new[] { "a", "english!", "ar_SY", "ar-", "-SY", "", "عربي" })
        {
            var problem = await AssertRefusedAsync(Payloads.Source().With(("language", language)), "language");
            Assert.Equal(["language must be a BCP 47 tag such as 'ar', 'en' or 'ar-SY'."], problem.MessagesFor("language"));
        }

        foreach (var language in new[] { "ar", "en", "ar-SY", "zh-Hant-TW" })
        {
            var created = await Client.CreateAsync(Paths.Sources, Payloads.Source().With(("language", language)));
            Assert.Equal(language, created["language"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Kind_and_reliability_default_to_other_and_F_and_refuse_unknown_values()
    {
        var defaults = await Client.CreateAsync(Paths.Sources, Payloads.Source().Without("kind", "reliability", "url", "language", "publishedOn"));
        var lowerCaseGrade = await AssertRefusedAsync(Payloads.Source().With(("reliability", "a")), "reliability");
        var blog = await AssertRefusedAsync(Payloads.Source().With(("kind", "blog")), "kind");
        var number = await AssertRefusedAsync(Payloads.Source().With(("kind", 1)), "kind");
        await AssertRefusedAsync(Payloads.Source().With(("publishedOn", "13 November 2025")), "publishedOn");

        Assert.Equal("other", defaults["kind"]!.GetValue<string>());
        Assert.Equal("F", defaults["reliability"]!.GetValue<string>());
        Assert.Null(defaults["url"]);
        Assert.Null(defaults["language"]);
        Assert.Null(defaults["publishedOn"]);
        Assert.Equal(["'a' is not one of the allowed values: A, B, C, D, E, F."], lowerCaseGrade.MessagesFor("reliability"));
        Assert.Equal(
            ["'blog' is not one of the allowed values: officialStatement, newsReport, ngoReport, researchReport, socialMedia, other."],
            blog.MessagesFor("kind"));
        Assert.Equal(
            ["A number is not one of the allowed values: officialStatement, newsReport, ngoReport, researchReport, socialMedia, other."],
            number.MessagesFor("kind"));
        Assert.Equal(1, await Client.CountAsync(Paths.Sources));
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Paths.Sources, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
