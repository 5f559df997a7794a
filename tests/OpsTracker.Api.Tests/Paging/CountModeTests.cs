using System.Net;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Paging;

/// <summary>
/// count=exact (default), estimated or none, or Prefer: count=...: the page's count field and the Total-Count-Mode
/// header say which count was given, the Preference-Applied header which preference was applied. Here an estimate
/// counts up to 2 matches exactly, so a few records reach past it.
/// </summary>
public sealed class CountModeTests() : ApiTest(ReusedApis.Rent(("Paging:EstimatedCountExactUpTo", "2")))
{
    [Fact]
    public async Task Exact_is_the_default_and_counts_every_match()
    {
        await CreateSourcesAsync(3);

        using var response = await Client.GetAsync($"{Paths.Sources}?kind=officialStatement&pageSize=2");
        var page = await response.ReadObjectAsync();

        Assert.Equal("exact", page["count"]!.GetValue<string>());
        Assert.Equal(3, page["totalCount"]!.GetValue<int>());
        Assert.Equal("exact", Header(response, "Total-Count-Mode"));
        Assert.False(response.Headers.Contains("Preference-Applied"));
    }

    [Fact]
    public async Task None_gives_no_total_and_links_the_next_page_without_a_last()
    {
        await CreateSourcesAsync(3);

        using var response = await Client.GetAsync($"{Paths.Sources}?kind=officialStatement&pageSize=2&count=none");
        var page = await response.ReadObjectAsync();

        Assert.Equal("none", page["count"]!.GetValue<string>());
        Assert.Null(page["totalCount"]);
        Assert.Equal(2, page["items"]!.AsArray().Count);
        Assert.NotNull(page["nextCursor"]);
        var links = Header(response, "Link");
        Assert.Contains("rel=\"next\"", links, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"last\"", links, StringComparison.Ordinal);

        using var second = await Client.GetAsync($"{Paths.Sources}?kind=officialStatement&pageSize=2&count=none&page=2");
        Assert.DoesNotContain("rel=\"next\"", Header(second, "Link"), StringComparison.Ordinal);
        Assert.Null((await second.ReadObjectAsync())["nextCursor"]);
    }

    [Fact]
    public async Task Estimated_is_exact_on_an_unfiltered_list_and_up_to_the_bound_and_an_estimate_past_it()
    {
        await CreateSourcesAsync(3);

        var unfiltered = await Client.GetObjectAsync($"{Paths.Sources}?count=estimated");
        Assert.Equal("exact", unfiltered["count"]!.GetValue<string>());
        Assert.Equal(3, unfiltered["totalCount"]!.GetValue<int>());

        var few = await Client.GetObjectAsync($"{Paths.Sources}?count=estimated&kind=officialStatement&reliability=A");
        Assert.Equal("exact", few["count"]!.GetValue<string>());
        Assert.Equal(0, few["totalCount"]!.GetValue<int>());

        using var response = await Client.GetAsync($"{Paths.Sources}?count=estimated&kind=officialStatement");
        var many = await response.ReadObjectAsync();
        Assert.Equal("estimated", many["count"]!.GetValue<string>());
        Assert.True(many["totalCount"]!.GetValue<int>() >= 3, $"An estimate past the bound of 2 is {many["totalCount"]}.");
        Assert.Equal("estimated", Header(response, "Total-Count-Mode"));
        Assert.Equal(3, many["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Prefer_count_is_applied_and_said_to_be_the_parameter_wins_and_an_unknown_preference_is_ignored()
    {
        await CreateSourcesAsync(2);

        using var preferred = await SendAsync($"{Paths.Sources}?kind=officialStatement", "return=representation, count=none");
        Assert.Null((await preferred.ReadObjectAsync())["totalCount"]);
        Assert.Equal("count=none", Header(preferred, "Preference-Applied"));
        Assert.Equal("none", Header(preferred, "Total-Count-Mode"));

        using var both = await SendAsync($"{Paths.Sources}?kind=officialStatement&count=exact", "count=none");
        Assert.Equal(2, (await both.ReadObjectAsync())["totalCount"]!.GetValue<int>());
        Assert.False(both.Headers.Contains("Preference-Applied"));

        using var unknown = await SendAsync($"{Paths.Sources}?kind=officialStatement", "count=planned");
        Assert.Equal(2, (await unknown.ReadObjectAsync())["totalCount"]!.GetValue<int>());
        Assert.False(unknown.Headers.Contains("Preference-Applied"));
    }

    [Fact]
    public async Task A_bad_count_is_a_400_naming_it_and_an_export_says_it_counted_nothing()
    {
        await CreateSourcesAsync(1);

        await Client.AssertRefusedAsync($"{Paths.Sources}?count=approximate", "count");
        using var csv = await Client.GetAsync($"{Paths.Sources}?format=csv&count=none");
        await csv.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("none", Header(csv, "Total-Count-Mode"));
    }

    private async Task<HttpResponseMessage> SendAsync(string pathAndQuery, string prefer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Prefer", prefer);
        var response = await Client.SendAsync(request);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return response;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"No {name} header.");

    private async Task CreateSourcesAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Client.CreateSourceAsync();
        }
    }
}
