using System.Net;
using System.Text.RegularExpressions;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Http;

/// <summary>Every JSON page links its first, previous, next and last pages (RFC 8288), keeping the request's parameters.</summary>
public sealed partial class PageLinkTests : ApiTest
{
    [Fact]
    public async Task A_middle_page_links_all_four_with_the_filters_kept()
    {
        for (var i = 0; i < 5; i++)
        {
            await Client.CreateSourceAsync();
        }

        var links = await LinksAsync($"{Paths.Sources}?kind=newsReport,officialStatement&pageSize=2&page=2&sort=-id");

        Assert.Equal(["first", "prev", "next", "last"], links.Keys);
        Assert.Equal("http://localhost/api/v1/sources?kind=newsReport,officialStatement&pageSize=2&sort=-id&page=1", links["first"]);
        Assert.Equal("http://localhost/api/v1/sources?kind=newsReport,officialStatement&pageSize=2&sort=-id&page=1", links["prev"]);
        Assert.Equal("http://localhost/api/v1/sources?kind=newsReport,officialStatement&pageSize=2&sort=-id&page=3", links["next"]);
        Assert.Equal("http://localhost/api/v1/sources?kind=newsReport,officialStatement&pageSize=2&sort=-id&page=3", links["last"]);
    }

    [Fact]
    public async Task The_first_page_has_no_prev_the_last_no_next_and_a_page_past_the_end_points_back_to_the_last()
    {
        for (var i = 0; i < 3; i++)
        {
            await Client.CreateSourceAsync();
        }

        var first = await LinksAsync($"{Paths.Sources}?pageSize=2");
        var last = await LinksAsync($"{Paths.Sources}?pageSize=2&page=2");
        var past = await LinksAsync($"{Paths.Sources}?pageSize=2&page=9");
        var empty = await LinksAsync($"{Paths.Casualties}");

        Assert.Equal(["first", "next", "last"], first.Keys);
        Assert.EndsWith("pageSize=2&page=2", first["last"], StringComparison.Ordinal);
        Assert.Equal(["first", "prev", "last"], last.Keys);
        Assert.Equal(["first", "prev", "last"], past.Keys);
        Assert.EndsWith("page=2", past["prev"], StringComparison.Ordinal);
        Assert.Equal(["first", "last"], empty.Keys);
        Assert.Equal("http://localhost/api/v1/casualties?page=1", empty["last"]);
    }

    [Fact]
    public async Task Every_paged_list_links_its_pages_and_other_answers_have_no_link()
    {
        var sourceId = await Client.CreateSourceAsync();

        foreach (var paged in new[] { $"{Paths.Sources}/{sourceId}/history", AuditHttp.Audit, AuditHttp.Deletions, "/api/v1/api-keys" })
        {
            Assert.Contains("first", (await LinksAsync(paged)).Keys);
        }

        using var record = await Client.GetAsync($"{Paths.Sources}/{sourceId}");
        using var csv = await Client.GetAsync($"{Paths.Sources}?format=csv");
        using var stats = await Client.GetAsync(Paths.StatsSummary);
        Assert.False(record.Headers.Contains("Link"));
        Assert.False(csv.Headers.Contains("Link"));
        Assert.False(stats.Headers.Contains("Link"));
    }

    private async Task<Dictionary<string, string>> LinksAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.True(response.Headers.TryGetValues("Link", out var values), $"{pathAndQuery} has no Link header.");
        return LinkValue().Matches(string.Join(", ", values)).ToDictionary(match => match.Groups["rel"].Value, match => match.Groups["url"].Value);
    }

    [GeneratedRegex("<(?<url>[^>]+)>; rel=\"(?<rel>[a-z]+)\"")]
    private static partial Regex LinkValue();
}
