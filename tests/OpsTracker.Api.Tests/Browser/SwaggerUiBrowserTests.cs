using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;
using OpsTracker.Api.Tests.Infrastructure.Tools;

namespace OpsTracker.Api.Tests.Browser;

/// <summary>
/// Swagger UI as a person uses it, in Debian's Chromium driven by Playwright, served by the API on Kestrel (a browser
/// cannot reach the test server): authorize, then Try it out on a list, a stats endpoint and a create with what the
/// page fills in, each answering with data; no console errors and no Content-Security-Policy violations on the way.
/// </summary>
[SqliteOnly("the page does not depend on the database")]
[RequiresTool(ExternalTool.Chromium)]
public sealed class SwaggerUiBrowserTests
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    [Fact]
    public async Task Try_it_out_runs_a_list_a_stats_endpoint_and_a_create_on_the_first_click()
    {
        using var api = new ApiFactory().WithSampleData();
        await using var session = await BrowserSession.OpenAsync(api);
        var page = session.Page;

        await AuthorizeAsync(page);

        var list = await ExecuteAsync(page, "Casualties", "listCasualties");
        Assert.Equal("200", list.Status);
        Assert.Contains("sample:casualty:isis-killed-2025-10-01-2025-11-06", list.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("format=csv", list.Url, StringComparison.Ordinal);
        Assert.DoesNotContain("country=", list.Url, StringComparison.Ordinal);

        var summary = await ExecuteAsync(page, "Stats", "getSummary");
        Assert.Equal("200", summary.Status);
        Assert.Contains("\"best\": 22", summary.Body, StringComparison.Ordinal);

        var series = await ExecuteAsync(page, "Stats", "getTimeSeries");
        Assert.Equal("200", series.Status);
        Assert.Contains("\"start\": \"2025-10-01\"", series.Body, StringComparison.Ordinal);

        var created = await ExecuteAsync(page, "Casualties", "createCasualty");
        Assert.Equal("201", created.Status);
        Assert.Contains("\"affiliation\": \"isis\"", created.Body, StringComparison.Ordinal);

        await session.AssertCleanAsync();
    }

    [Fact]
    public async Task Arabic_typed_into_a_field_reads_right_to_left_and_the_filter_box_narrows_the_operations()
    {
        using var api = new ApiFactory().WithSampleData();
        await using var session = await BrowserSession.OpenAsync(api);
        var page = session.Page;

        var operation = await OpenAsync(page, "Casualties", "listCasualties");
        var q = operation.Locator("tr[data-param-name='q'] input");
        await q.FillAsync("الهول");
        var rtl = await q.EvaluateAsync<string>("field => getComputedStyle(field).direction");
        await q.FillAsync("al-Hol");
        var ltr = await q.EvaluateAsync<string>("field => getComputedStyle(field).direction");

        await page.Locator("input.operation-filter-input").FillAsync("Stats");
        await page.Locator("#operations-tag-Stats").WaitForAsync();
        var shownTags = await page.Locator(".opblock-tag").AllInnerTextsAsync();

        Assert.Equal("rtl", rtl);
        Assert.Equal("ltr", ltr);
        Assert.Equal(["Stats"], shownTags.Select(tag => tag.Split('\n')[0].Trim()));
        await session.AssertCleanAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Authorization_is_kept_across_a_reload_only_when_the_setting_asks(bool persist)
    {
        using var api = new ApiFactory().WithSetting("Swagger:PersistAuthorization", persist ? "true" : "false");
        await using var session = await BrowserSession.OpenAsync(api);
        var page = session.Page;

        await AuthorizeAsync(page);
        await page.ReloadAsync();
        await page.Locator(".auth-wrapper .authorize").WaitForAsync();
        var locked = await page.Locator(".auth-wrapper .authorize.locked").CountAsync();

        Assert.Equal(persist ? 1 : 0, locked);
        await session.AssertCleanAsync();
    }

    private static async Task AuthorizeAsync(IPage page)
    {
        await page.Locator(".auth-wrapper .authorize").ClickAsync();
        await page.Locator(".modal-ux input").FillAsync(ApiFactory.AdminKey);
        await page.Locator(".modal-ux .auth-btn-wrapper .authorize").ClickAsync();
        await page.Locator(".modal-ux .auth-btn-wrapper .btn-done").ClickAsync();
        await page.Locator(".auth-wrapper .authorize.locked").WaitForAsync();
    }

    private static async Task<ILocator> OpenAsync(IPage page, string tag, string operationId)
    {
        var operation = page.Locator($"#operations-{tag}-{operationId}");
        await operation.Locator(".opblock-summary").ClickAsync();
        await operation.Locator(".try-out__btn").ClickAsync();
        return operation;
    }

    /// <summary>Try it out, then Execute with what the page filled in; the answer's status, body and the URL sent.</summary>
    private static async Task<(string Status, string Body, string Url)> ExecuteAsync(IPage page, string tag, string operationId)
    {
        var operation = await OpenAsync(page, tag, operationId);
        await operation.Locator(".execute").ClickAsync();
        var answer = operation.Locator(".live-responses-table .response").First;
        await answer.WaitForAsync();
        var status = (await answer.Locator(".response-col_status").InnerTextAsync()).Trim();
        var body = await answer.Locator(".response-col_description pre").First.InnerTextAsync();
        var url = await operation.Locator(".request-url pre").InnerTextAsync();
        return (status, body, url);
    }

    /// <summary>Chromium on a page of the API served by Kestrel, recording console errors and CSP violations.</summary>
    private sealed class BrowserSession : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowser _browser;
        private readonly List<string> _errors = [];

        private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
        {
            _playwright = playwright;
            _browser = browser;
            Page = page;
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    _errors.Add($"console: {message.Text}");
                }
            };
            page.PageError += (_, error) => _errors.Add($"page error: {error}");
        }

        public IPage Page { get; }

        public static async Task<BrowserSession> OpenAsync(ApiFactory api)
        {
            api.UseKestrel(0);
            api.StartServer();
            var address = api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExternalTools.ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            var page = await browser.NewPageAsync();
            var session = new BrowserSession(playwright, browser, page);

            // Chromium reports a CSP violation on the console too; the event also names what was blocked.
            await page.AddInitScriptAsync("""
                window.__cspViolations = [];
                document.addEventListener("securitypolicyviolation", e => window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI));
                """);
            await page.GotoAsync($"{address}/swagger/index.html");
            await page.Locator(".swagger-ui .information-container").WaitForAsync();
            await page.Locator("#operations-tag-Sources").WaitForAsync();
            return session;
        }

        public async Task AssertCleanAsync()
        {
            var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations");
            Assert.True(_errors.Count == 0, string.Join("\n", _errors));
            Assert.True(violations.Length == 0, $"CSP violations: {string.Join("\n", violations)}");
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.CloseAsync();
            _playwright.Dispose();
        }
    }
}
