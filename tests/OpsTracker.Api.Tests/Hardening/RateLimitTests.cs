using System.Net;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Hardening;

/// <summary>The rate limiter: per key, per client address without one, 429 with Retry-After, configurable.</summary>
public sealed class RateLimitTests
{
    // An hour-long window: no test runs long enough to see a counter start again.
    private const string WindowSeconds = "3600";

    [Fact]
    public async Task An_anonymous_caller_gets_its_limit_then_429_with_retry_after_and_a_problem()
    {
        using var factory = Limited(anonymousLimit: 3);
        using var client = factory.CreateAnonymousClient();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync(Paths.Sources);
            await allowed.AssertStatusAsync(HttpStatusCode.OK);
        }

        using var refused = await client.GetAsync(Paths.Sources);

        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many requests.", problem.Title);
        Assert.Contains("3 requests every 3600 seconds per client address", problem.Detail, StringComparison.Ordinal);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        SecurityHeadersAssert.Present(refused);
    }

    [Fact]
    public async Task Refused_calls_stay_refused_and_the_health_check_stays_open()
    {
        using var factory = Limited(anonymousLimit: 1);
        using var client = factory.CreateAnonymousClient();

        using var first = await client.GetAsync(Paths.Sources);
        using var write = await client.PostJsonAsync(Paths.Sources, Payloads.Source());
        using var again = await client.GetAsync(Paths.Sources);
        using var health = await client.GetAsync("/health");

        await first.AssertStatusAsync(HttpStatusCode.OK);
        await ProblemAssert.IsProblemAsync(write, HttpStatusCode.TooManyRequests);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.TooManyRequests);
        await health.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(0, await StoredRecords.CountAsync(factory, "sources"));
    }

    [Fact]
    public async Task Each_key_has_its_own_limit_apart_from_anonymous_callers()
    {
        using var factory = Limited(anonymousLimit: 2, keyLimit: 3);
        using var admin = factory.CreateClient();
        using var alpha = factory.CreateClientWithKey(await CreateReaderKeyAsync(admin, "alpha"));
        using var beta = factory.CreateClientWithKey(await CreateReaderKeyAsync(admin, "beta"));
        using var anonymous = factory.CreateAnonymousClient();

        var alphaStatuses = await StatusesAsync(alpha, 4);
        var betaStatuses = await StatusesAsync(beta, 3);
        var anonymousStatuses = await StatusesAsync(anonymous, 3);
        using var refused = await alpha.GetAsync(Paths.Sources);

        Assert.Equal([200, 200, 200, 429], alphaStatuses);
        Assert.Equal([200, 200, 200], betaStatuses);
        Assert.Equal([200, 200, 429], anonymousStatuses);
        var problem = await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Contains("3 requests every 3600 seconds per API key", problem.Detail, StringComparison.Ordinal);
        Assert.Single(refused.Headers.GetValues("Retry-After"));
    }

    [Fact]
    public async Task Disabled_means_no_limit()
    {
        using var factory = Limited(anonymousLimit: 1).WithSetting("RateLimiting:Enabled", "false");
        using var client = factory.CreateAnonymousClient();

        var statuses = await StatusesAsync(client, 5);

        Assert.Equal([200, 200, 200, 200, 200], statuses);
    }

    [Fact]
    public void The_defaults_allow_a_key_more_than_an_anonymous_caller()
    {
        var defaults = new Api.Infrastructure.Security.RateLimitSettings();

        Assert.True(defaults.Enabled);
        Assert.Equal(6000, defaults.PermitLimit);
        Assert.Equal(600, defaults.AnonymousPermitLimit);
        Assert.Equal(60, defaults.WindowSeconds);
    }

    private static ApiFactory Limited(int anonymousLimit, int keyLimit = 1000) => new ApiFactory()
        .WithSetting("RateLimiting:AnonymousPermitLimit", anonymousLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithSetting("RateLimiting:PermitLimit", keyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithSetting("RateLimiting:WindowSeconds", WindowSeconds);

    private static async Task<string> CreateReaderKeyAsync(HttpClient admin, string name) =>
        (await admin.CreateAsync("/api/v1/api-keys", new() { ["name"] = name, ["role"] = "reader" }))["key"]!.GetValue<string>();

    private static async Task<List<int>> StatusesAsync(HttpClient client, int requests)
    {
        var statuses = new List<int>();
        for (var i = 0; i < requests; i++)
        {
            using var response = await client.GetAsync(Paths.Sources);
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }
}
