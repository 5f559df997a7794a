using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>
/// Creating and revoking an API key leaves an audit entry, as a change to a record does: who, when, and the key as the
/// key list shows it before and after, never the key itself. A refused or idle call leaves none.
/// </summary>
public sealed class ApiKeyAuditTests : ApiTest
{
    [Fact]
    public async Task Creating_a_key_writes_a_create_entry_without_the_key()
    {
        var created = await Client.CreateKeyAsync("editor", "analyst-1");

        var entry = Assert.Single(await Client.AuditAsync("resource=api-keys"));
        Assert.Equal("create", entry.Action());
        Assert.Equal(AuditHttp.AdminKeyName, entry["keyName"]!.GetValue<string>());
        Assert.Equal(created.Id(), entry["recordId"]!.GetValue<long>());
        Assert.Equal(1, entry["version"]!.GetValue<long>());
        Assert.Null(entry["before"]);
        Assert.True(JsonNode.DeepEquals(await Client.GetObjectAsync($"{AccessCalls.KeysPath}/{created.Id()}"), entry["after"]),
            entry.ToJsonString());

        var everything = await Client.GetStringAsync($"{AuditHttp.Audit}?pageSize=500");
        Assert.DoesNotContain(created.Key(), everything, StringComparison.Ordinal);
        Assert.DoesNotContain("keyHash", everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Revoking_a_key_writes_one_revoke_entry_with_the_key_before_and_after()
    {
        var created = await Client.CreateKeyAsync("reader", "field-team");
        var before = await Client.GetObjectAsync($"{AccessCalls.KeysPath}/{created.Id()}");

        using (var revoke = await Client.DeleteAsync($"{AccessCalls.KeysPath}/{created.Id()}"))
        {
            await revoke.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        // Revoking it again changes nothing, and records nothing.
        using (var again = await Client.DeleteAsync($"{AccessCalls.KeysPath}/{created.Id()}"))
        {
            await again.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        var entries = await Client.AuditAsync("resource=api-keys");
        Assert.Equal(["create", "revoke"], entries.Select(entry => entry.Action()));
        var revoked = entries[1];
        Assert.Equal(AuditHttp.AdminKeyName, revoked["keyName"]!.GetValue<string>());
        Assert.Equal(2, revoked["version"]!.GetValue<long>());
        Assert.True(JsonNode.DeepEquals(before, revoked["before"]), revoked.ToJsonString());
        Assert.True(JsonNode.DeepEquals(await Client.GetObjectAsync($"{AccessCalls.KeysPath}/{created.Id()}"), revoked["after"]),
            revoked.ToJsonString());
        Assert.Equal(revoked["after"]!["revokedAt"]!.GetValue<string>(), revoked["at"]!.GetValue<string>());
        Assert.Equal(revoked.Id(), Assert.Single(await Client.AuditAsync("action=revoke")).Id());
        Assert.Empty(AuditHttp.Items(await Client.GetObjectAsync(AuditHttp.Deletions)));
    }

    [Fact]
    public async Task The_entry_names_the_admin_key_that_acted()
    {
        var admin = await Client.CreateKeyAsync("admin", "lead-admin");
        using var leadAdmin = Factory.CreateClientWithKey(admin.Key());

        var editor = await leadAdmin.CreateKeyAsync("editor", "night-shift");
        (await leadAdmin.DeleteAsync($"{AccessCalls.KeysPath}/{editor.Id()}")).Dispose();

        var entries = await Client.AuditAsync("keyName=lead-admin");
        Assert.Equal(["create", "revoke"], entries.Select(entry => entry.Action()));
        Assert.All(entries, entry => Assert.Equal(editor.Id(), entry["recordId"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Refused_calls_write_no_entry()
    {
        await Client.CreateKeyAsync("editor", "taken");
        var countBefore = (await Client.AuditAsync()).Count;

        using var taken = await Client.PostJsonAsync(AccessCalls.KeysPath, new JsonObject { ["name"] = "taken", ["role"] = "reader" });
        using var invalid = await Client.PostJsonAsync(AccessCalls.KeysPath, new JsonObject { ["name"] = " padded ", ["role"] = "reader" });
        using var unknown = await Client.DeleteAsync($"{AccessCalls.KeysPath}/999");
        var editorKey = (await Client.AuditAsync("resource=api-keys")).Single()["recordId"]!.GetValue<long>();
        using var editor = Factory.CreateClientWithKey((await Client.CreateKeyAsync("editor")).Key());
        using var forbidden = await editor.DeleteAsync($"{AccessCalls.KeysPath}/{editorKey}");

        await ProblemAssert.IsProblemAsync(taken, HttpStatusCode.Conflict);
        await ProblemAssert.IsValidationProblemAsync(invalid, "name");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(forbidden, HttpStatusCode.Forbidden);
        // Only the second editor key's creation was written.
        Assert.Equal(countBefore + 1, (await Client.AuditAsync()).Count);
    }
}
