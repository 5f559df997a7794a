using System.Net;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>GET /api/v1/audit: every change, filtered by resource, record, key, action and time.</summary>
public sealed class AuditListTests : ApiTest
{
    [Fact]
    public async Task Filters_narrow_the_list()
    {
        var sourceId = await Client.CreateSourceAsync();
        var forceId = await Client.CreateForceAsync();
        var otherSource = await Client.CreateSourceAsync();
        (await Client.DeleteAsync(Paths.Of(Paths.Sources, otherSource))).Dispose();
        var middle = (await Client.AuditAsync()).Last()["at"]!.GetValue<string>();

        Assert.Equal(4, (await Client.AuditAsync()).Count);
        Assert.Equal(3, (await Client.AuditAsync("resource=sources")).Count);
        Assert.Equal(["create", "delete"], (await Client.AuditAsync($"resource=sources&id={otherSource}")).Select(entry => entry.Action()));
        Assert.Equal(forceId, (await Client.AuditAsync("resource=forces")).Single()["recordId"]!.GetValue<long>());
        Assert.Single(await Client.AuditAsync("action=delete"));
        Assert.Equal(4, (await Client.AuditAsync($"keyName={AuditHttp.AdminKeyName}")).Count);
        Assert.Empty(await Client.AuditAsync("keyName=someone-else"));
        Assert.Single(await Client.AuditAsync($"from={Uri.EscapeDataString(middle)}"));
        Assert.Equal(4, (await Client.AuditAsync($"to={Uri.EscapeDataString(middle)}")).Count);
        Assert.Empty(await Client.AuditAsync("from=2999-01-01T00:00:00Z"));
        var firstPage = AuditHttp.Items(await Client.GetObjectAsync($"{AuditHttp.Audit}?pageSize=1"));
        Assert.Equal(sourceId, firstPage.Single()["recordId"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("resource=soldiers", "resource")]
    [InlineData("id=5", "id")]
    [InlineData("resource=sources&id=x", "id")]
    [InlineData("action=erase", "action")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=01/02/2025", "to")]
    [InlineData("user=me", "user")]
    [InlineData("pageSize=0", "pageSize")]
    public async Task Bad_parameters_are_400s_naming_them(string query, string field)
    {
        using var response = await Client.GetAsync($"{AuditHttp.Audit}?{query}");

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task Only_admins_may_read_the_audit_list()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        using var anonymousAnswer = await anonymous.GetAsync(AuditHttp.Audit);
        await ProblemAssert.IsProblemAsync(anonymousAnswer, HttpStatusCode.Unauthorized);

        var editorKey = (await Client.CreateAsync("/api/v1/api-keys", new() { ["name"] = "an-editor", ["role"] = "editor" }))["key"]!.GetValue<string>();
        using var editor = Factory.CreateClientWithKey(editorKey);
        using var editorAnswer = await editor.GetAsync(AuditHttp.Audit);
        await ProblemAssert.IsProblemAsync(editorAnswer, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Entries_name_the_key_that_made_the_change()
    {
        var editorKey = (await Client.CreateAsync("/api/v1/api-keys", new() { ["name"] = "analyst-1", ["role"] = "editor" }))["key"]!.GetValue<string>();
        using var editor = Factory.CreateClientWithKey(editorKey);
        var id = await editor.CreateSourceAsync();
        (await Client.DeleteAsync(Paths.Of(Paths.Sources, id))).Dispose();

        var entries = await Client.AuditAsync($"resource=sources&id={id}");

        Assert.Equal(["analyst-1", AuditHttp.AdminKeyName], entries.Select(entry => entry["keyName"]!.GetValue<string>()));
        Assert.Equal(["create"], (await Client.AuditAsync("keyName=analyst-1")).Select(entry => entry.Action()));
        Assert.Equal(2, (await editor.HistoryAsync(Paths.Of(Paths.Sources, id))).Count);
    }

    [Fact]
    public async Task An_empty_trail_is_an_empty_page()
    {
        using var response = await Client.GetAsync(AuditHttp.Audit);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(0, (await response.ReadObjectAsync())["totalCount"]!.GetValue<int>());
    }
}
