using System.Net;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Answers;

/// <summary>With ResponseCache:Enabled false every read runs its query, and ETags and 304 answers work as before.</summary>
public sealed class ResponseCacheOffTests() : ApiTest(ReusedApis.Rent(("ResponseCache:Enabled", "false")))
{
    [Fact]
    public async Task Nothing_is_served_from_memory_and_an_unchanged_answer_is_still_a_304()
    {
        await Client.CreateSourceAsync();

        using var first = await Client.GetAsync(Paths.StatsSummary);
        using var second = await Client.GetAsync(Paths.StatsSummary);
        Assert.False(first.Headers.Contains("Cache-Status"));
        Assert.False(second.Headers.Contains("Cache-Status"));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);

        using var request = new HttpRequestMessage(HttpMethod.Get, Paths.Sources);
        using var page = await Client.GetAsync(Paths.Sources);
        request.Headers.IfNoneMatch.Add(page.Headers.ETag!);
        using var unchanged = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }
}
