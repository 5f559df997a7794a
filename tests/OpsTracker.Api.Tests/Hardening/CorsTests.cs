using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Hardening;

/// <summary>CORS: closed unless an origin is configured; a configured origin may use the API as documented.</summary>
public sealed class CorsTests
{
    private const string Dashboard = "https://dashboard.example.org";
    private const string Elsewhere = "https://elsewhere.example.com";

    [Fact]
    public async Task By_default_no_origin_gets_any_cors_header()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var preflight = await client.SendAsync(Preflight(Dashboard, "POST"));
        using var get = await client.SendAsync(FromOrigin(HttpMethod.Get, Paths.Sources, Dashboard));

        AssertNoCorsHeaders(preflight);
        await get.AssertStatusAsync(HttpStatusCode.OK);
        AssertNoCorsHeaders(get);
    }

    [Fact]
    public async Task A_configured_origin_may_send_the_api_methods_and_headers_and_read_its_headers()
    {
        using var factory = new ApiFactory().WithSetting("Cors:AllowedOrigins:0", Dashboard);
        using var client = factory.CreateClient();

        using var preflight = await client.SendAsync(Preflight(Dashboard, "PUT"));
        using var get = await client.SendAsync(FromOrigin(HttpMethod.Get, Paths.Sources, Dashboard));

        Assert.True(preflight.IsSuccessStatusCode, $"Preflight answered {preflight.StatusCode}.");
        Assert.Equal([Dashboard], preflight.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"], Listed(preflight, "Access-Control-Allow-Methods"));
        Assert.Equal(["content-type", "if-match", "if-none-match", "x-api-key"], Listed(preflight, "Access-Control-Allow-Headers"));
        SecurityHeadersAssert.Present(preflight);

        await get.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal([Dashboard], get.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["etag", "link", "location", "retry-after"], Listed(get, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task An_origin_not_configured_gets_no_cors_header_while_another_is_allowed()
    {
        using var factory = new ApiFactory().WithSetting("Cors:AllowedOrigins:0", Dashboard);
        using var client = factory.CreateClient();

        using var preflight = await client.SendAsync(Preflight(Elsewhere, "DELETE"));
        using var get = await client.SendAsync(FromOrigin(HttpMethod.Get, Paths.Sources, Elsewhere));

        AssertNoCorsHeaders(preflight);
        await get.AssertStatusAsync(HttpStatusCode.OK);
        AssertNoCorsHeaders(get);
    }

    [Fact]
    public async Task A_request_from_the_apis_own_origin_is_not_cross_origin_and_only_real_refusals_are_logged()
    {
        var logs = new LogCapture();
        using var factory = new ApiFactory();
        // The framework's CORS messages are let through, as an operator who turned them on would see them.
        using var logged = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
            logging.AddProvider(logs).AddFilter("Microsoft.AspNetCore.Cors", LogLevel.Information)));
        using var client = logged.CreateClient();

        // A browser sends Origin with its page's own POSTs (Swagger UI's), and the test server's origin is http://localhost.
        var own = FromOrigin(HttpMethod.Post, Paths.Sources, "http://localhost");
        own.Content = JsonHttp.RawContent(Payloads.Source().Text());
        using var created = await client.SendAsync(own);
        await created.AssertStatusAsync(HttpStatusCode.Created);
        AssertNoCorsHeaders(created);
        Assert.DoesNotContain(logs.Entries, entry => entry.Category.Contains("Cors", StringComparison.Ordinal));

        using var foreign = await client.SendAsync(FromOrigin(HttpMethod.Get, Paths.Sources, Elsewhere));
        var refusal = Assert.Single(logs.Entries, entry => entry.Category.EndsWith(".CorsRefusals", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, refusal.Level);
        Assert.Equal($"Refused a cross-origin GET {Paths.Sources} from {Elsewhere}: the origin is not in Cors:AllowedOrigins.", refusal.Message);
    }

    private static HttpRequestMessage Preflight(string origin, string method)
    {
        var request = FromOrigin(HttpMethod.Options, Paths.Sources, origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key,if-match,if-none-match");
        return request;
    }

    private static HttpRequestMessage FromOrigin(HttpMethod method, string path, string origin)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", origin);
        return request;
    }

    /// <summary>A comma-separated header's values, lower-cased where names are case-insensitive, sorted.</summary>
    private static List<string> Listed(HttpResponseMessage response, string header) =>
        [.. response.Headers.GetValues(header)
            .SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(value => header.EndsWith("Methods", StringComparison.Ordinal) ? value : value.ToLowerInvariant())
            .Order(StringComparer.Ordinal)];

    private static void AssertNoCorsHeaders(HttpResponseMessage response)
    {
        var cors = response.Headers.Select(header => header.Key)
            .Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(cors.Count == 0, $"Unexpected CORS headers: {string.Join(", ", cors)}.");
    }
}
