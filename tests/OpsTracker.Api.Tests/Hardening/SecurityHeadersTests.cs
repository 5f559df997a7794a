using System.Net;
using System.Text.RegularExpressions;
using OpsTracker.Api.Infrastructure.Security;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Hardening;

/// <summary>Every answer carries the security headers, successes and errors alike; Swagger UI gets a CSP it can work under.</summary>
public sealed class SecurityHeadersTests : ApiTest
{
    [Fact]
    public async Task Successes_and_errors_all_carry_the_security_headers()
    {
        var sourceId = await Client.CreateSourceAsync();
        using var list = await Client.GetAsync(Paths.Sources);
        using var one = await Client.GetAsync(Paths.Of(Paths.Sources, sourceId));
        using var csv = await Client.GetAsync($"{Paths.Sources}?format=csv");
        using var created = await Client.PostJsonAsync(Paths.Sources, Payloads.Source());
        using var invalid = await Client.PostJsonAsync(Paths.Sources, Payloads.Source().Without("title"));
        using var missing = await Client.GetAsync(Paths.Of(Paths.Sources, sourceId + 1000));
        using var noRoute = await Client.GetAsync("/api/v1/no-such-thing");
        using var wrongMethod = await Client.PatchAsync(Paths.Sources, JsonHttp.RawContent("{}"));
        using var health = await Client.GetAsync("/health");
        using var anonymous = Factory.CreateAnonymousClient();
        using var unauthorized = await anonymous.PostJsonAsync(Paths.Sources, Payloads.Source());
        var readerKey = (await Client.CreateAsync("/api/v1/api-keys", new() { ["name"] = "a-reader", ["role"] = "reader" }))["key"]!.GetValue<string>();
        using var reader = Factory.CreateClientWithKey(readerKey);
        using var forbidden = await reader.PostJsonAsync(Paths.Sources, Payloads.Source());

        foreach (var response in new[] { list, one, csv, created, invalid, missing, noRoute, wrongMethod, health, unauthorized, forbidden })
        {
            Assert.True((int)response.StatusCode is 200 or 201 or 400 or 401 or 403 or 404 or 405, $"Unexpected {response.StatusCode}.");
            SecurityHeadersAssert.Present(response);
        }
    }

    [Fact]
    public async Task Swagger_ui_gets_a_policy_for_its_own_scripts_and_styles_and_nothing_inline()
    {
        using var page = await Client.GetAsync("/swagger/index.html");
        using var document = await Client.GetAsync("/swagger/v1/swagger.json");

        await page.AssertStatusAsync(HttpStatusCode.OK);
        await document.AssertStatusAsync(HttpStatusCode.OK);
        SecurityHeadersAssert.Present(page, SecurityHeadersMiddleware.SwaggerPolicy);
        SecurityHeadersAssert.Present(document, SecurityHeadersMiddleware.SwaggerPolicy);

        // script-src 'self' (no 'unsafe-inline') holds only if every script the page runs is a file from this server.
        var html = await page.Content.ReadAsStringAsync();
        var scripts = Regex.Matches(html, "<script(?<attributes>[^>]*)>(?<body>.*?)</script>", RegexOptions.Singleline);
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script =>
        {
            Assert.Matches("src=[\"'](\\./|/swagger/)?[\\w.-]+\\.js[\"']", script.Groups["attributes"].Value);
            Assert.True(string.IsNullOrWhiteSpace(script.Groups["body"].Value), $"An inline script: {script.Value}");
        });
        foreach (Match script in scripts)
        {
            // Swagger UI's own files are named relative to the page; the API's additions (opstracker.js) from the root.
            var src = Regex.Match(script.Groups["attributes"].Value, "src=[\"'](?:\\./|/swagger/)?(?<file>[^\"']+)[\"']").Groups["file"].Value;
            using var file = await Client.GetAsync($"/swagger/{src}");
            await file.AssertStatusAsync(HttpStatusCode.OK);
            SecurityHeadersAssert.Present(file, SecurityHeadersMiddleware.SwaggerPolicy);
        }
    }

    [Fact]
    public async Task Kestrel_sends_no_server_banner()
    {
        // A test server never sends a Server header; only real Kestrel shows whether the option is off.
        using var factory = new ApiFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        using var factoryClient = factory.CreateClient();
        // A plain HttpClient reaches only a real server over a socket, never a test server in memory.
        using var client = new HttpClient { BaseAddress = factoryClient.BaseAddress };
        client.DefaultRequestHeaders.Add(ApiFactory.ApiKeyHeader, ApiFactory.AdminKey);

        using var health = await client.GetAsync("/health");
        using var missing = await client.GetAsync("/api/v1/sources/999");

        await health.AssertStatusAsync(HttpStatusCode.OK);
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.False(health.Headers.Contains("Server"));
        Assert.False(missing.Headers.Contains("Server"));
        SecurityHeadersAssert.Present(health);
        SecurityHeadersAssert.Present(missing);
    }
}
