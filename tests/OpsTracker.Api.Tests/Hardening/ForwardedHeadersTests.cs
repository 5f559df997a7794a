using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Hardening;

/// <summary>
/// Behind a reverse proxy on the same machine (nginx), every connection comes from loopback: the client's own address
/// is in X-Forwarded-For, and anonymous rate limits count per client, not per proxy. Needs real Kestrel, which has a
/// remote address (a test server has none).
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Behind_a_proxy_on_this_machine_each_forwarded_client_has_its_own_anonymous_limit()
    {
        using var factory = AnonymousLimitOfOne();

        Assert.Equal([200, 429, 200], await StatusesAsync(factory, "203.0.113.5", "203.0.113.5", "203.0.113.6"));
    }

    [Fact]
    public async Task With_forwarded_headers_off_every_client_of_the_proxy_shares_its_address()
    {
        using var factory = AnonymousLimitOfOne().WithSetting("ForwardedHeaders:Enabled", "false");

        Assert.Equal([200, 429], await StatusesAsync(factory, "203.0.113.5", "203.0.113.6"));
    }

    [Fact]
    public void A_known_proxy_that_is_not_an_address_stops_start_up()
    {
        using var factory = new ApiFactory().WithSetting("ForwardedHeaders:KnownProxies:0", "proxy.example.org");

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ForwardedHeaders:KnownProxies", failure.ToString(), StringComparison.Ordinal);
    }

    private static ApiFactory AnonymousLimitOfOne() => new ApiFactory()
        .WithSetting("RateLimiting:AnonymousPermitLimit", "1")
        .WithSetting("RateLimiting:WindowSeconds", "3600");

    private static async Task<List<int>> StatusesAsync(ApiFactory factory, params string[] clients)
    {
        factory.UseKestrel(0);
        factory.StartServer();
        using var factoryClient = factory.CreateClient();
        using var client = new HttpClient { BaseAddress = factoryClient.BaseAddress };
        var statuses = new List<int>();
        foreach (var address in clients)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Paths.Sources);
            request.Headers.Add("X-Forwarded-For", address);
            using var response = await client.SendAsync(request);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
