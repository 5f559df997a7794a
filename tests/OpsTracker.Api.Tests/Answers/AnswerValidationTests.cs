using System.Net;
using System.Net.Http.Headers;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Answers;

/// <summary>
/// Lists, exports and stats answer with a weak ETag of the data version and the request; If-None-Match with it is a
/// 304 while no record changes, and a write through the API gives every such answer a new ETag. Repeated reads are
/// served from the response cache (Cache-Status: hit) until the data changes.
/// </summary>
public sealed class AnswerValidationTests : ApiTest
{
    public static TheoryData<string> Answers =>
    [
        Paths.Sources,
        $"{Paths.Sources}?sort=-id&pageSize=2",
        $"{Paths.Sources}?format=csv",
        Paths.StatsSummary,
        $"{Paths.StatsSummary}?country=SY",
        $"{Paths.StatsTimeSeries}?metric=killed&from=2025-01-01&to=2025-12-31",
        "/api/v1/stats/transfers",
    ];

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task An_unchanged_answer_is_a_304_and_a_write_through_the_api_changes_its_etag(string pathAndQuery)
    {
        await Client.CreateSourceAsync();

        using var first = await Client.GetAsync(pathAndQuery);
        await first.AssertStatusAsync(HttpStatusCode.OK);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak, $"{pathAndQuery}: {etag} is not weak.");

        using var unchanged = await GetIfNoneMatchAsync(pathAndQuery, etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(etag, unchanged.Headers.ETag);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        await Client.CreateSourceAsync();
        using var changed = await GetIfNoneMatchAsync(pathAndQuery, etag);
        await changed.AssertStatusAsync(HttpStatusCode.OK);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Each_request_has_its_own_etag_and_a_list_of_another_kind_changes_with_any_write()
    {
        var sources = await EtagAsync(Paths.Sources);
        var sorted = await EtagAsync($"{Paths.Sources}?sort=-id");
        var csv = await EtagAsync($"{Paths.Sources}?format=csv");
        Assert.Equal(3, new[] { sources, sorted, csv }.Distinct().Count());
        Assert.Equal(sources, await EtagAsync(Paths.Sources));

        var casualties = await EtagAsync(Paths.Casualties);
        await Client.CreateSourceAsync();
        Assert.NotEqual(casualties, await EtagAsync(Paths.Casualties));
    }

    [Fact]
    public async Task A_repeated_read_is_a_hit_until_a_write_and_the_hit_is_the_same_answer()
    {
        await Client.CreateSourceAsync();
        var path = $"{Paths.Sources}?pageSize=1";

        using var miss = await Client.GetAsync(path);
        using var hit = await Client.GetAsync(path);
        Assert.Equal("OpsTracker; fwd=miss", CacheStatus(miss));
        Assert.Equal("OpsTracker; hit", CacheStatus(hit));
        Assert.Equal(await miss.Content.ReadAsStringAsync(), await hit.Content.ReadAsStringAsync());
        Assert.Equal(miss.Content.Headers.ContentType, hit.Content.Headers.ContentType);
        Assert.Equal(miss.Headers.GetValues("Link"), hit.Headers.GetValues("Link"));
        Assert.Equal(miss.Headers.GetValues("Total-Count-Mode"), hit.Headers.GetValues("Total-Count-Mode"));
        Assert.Equal(miss.Headers.ETag, hit.Headers.ETag);

        await Client.CreateSourceAsync();
        using var stale = await Client.GetAsync(path);
        Assert.Equal("OpsTracker; fwd=stale", CacheStatus(stale));
        Assert.Equal(2, (await stale.ReadObjectAsync())["totalCount"]!.GetValue<int>());
        using var again = await Client.GetAsync(path);
        Assert.Equal("OpsTracker; hit", CacheStatus(again));

        using var noCache = new HttpRequestMessage(HttpMethod.Get, path);
        noCache.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var fromDatabase = await Client.SendAsync(noCache);
        Assert.Equal("OpsTracker; fwd=request", CacheStatus(fromDatabase));
        Assert.Equal(await again.Content.ReadAsStringAsync(), await fromDatabase.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_requests_and_records_by_id_are_neither_tagged_nor_kept()
    {
        var id = await Client.CreateSourceAsync();

        using var bad = await Client.GetAsync($"{Paths.Sources}?count=some");
        using var badAgain = await Client.GetAsync($"{Paths.Sources}?count=some");
        Assert.Equal(HttpStatusCode.BadRequest, badAgain.StatusCode);
        Assert.Null(badAgain.Headers.ETag);
        Assert.False(badAgain.Headers.Contains("Cache-Status"));

        using var record = await Client.GetAsync(Paths.Of(Paths.Sources, id));
        Assert.False(record.Headers.ETag!.IsWeak);
        Assert.False(record.Headers.Contains("Cache-Status"));
    }

    private async Task<EntityTagHeaderValue> EtagAsync(string pathAndQuery)
    {
        using var response = await Client.GetAsync(pathAndQuery);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return response.Headers.ETag!;
    }

    private async Task<HttpResponseMessage> GetIfNoneMatchAsync(string pathAndQuery, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.IfNoneMatch.Add(etag);
        return await Client.SendAsync(request);
    }

    private static string? CacheStatus(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Cache-Status", out var values) ? string.Join(", ", values) : null;
}
