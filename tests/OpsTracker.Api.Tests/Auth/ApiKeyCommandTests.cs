using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>The command-line key commands, run as users run them (dotnet OpsTracker.Api.dll keys ...) on a database of their own.</summary>
public sealed class ApiKeyCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("opstracker-keys-").FullName;
    private readonly TestDatabase _database = TestDatabase.Create();

    [Fact]
    public async Task Keys_create_prints_the_key_once_and_the_api_accepts_it()
    {
        var (exit, output, errors) = await RunAsync("keys", "create", "--name", "first-admin", "--role", "admin");

        Assert.Equal(0, exit);
        var created = JsonNode.Parse(output)!.AsObject();
        var key = created.Key();
        Assert.StartsWith("opk_", key, StringComparison.Ordinal);
        Assert.Equal("admin", created["role"]!.GetValue<string>());
        Assert.Contains("cannot be shown again", errors, StringComparison.Ordinal);

        var (listExit, listOutput, _) = await RunAsync("keys", "list");
        Assert.Equal(0, listExit);
        Assert.Equal("first-admin", JsonNode.Parse(listOutput)!.AsArray().Single()!["name"]!.GetValue<string>());
        Assert.DoesNotContain(key, listOutput, StringComparison.Ordinal);

        // The API on the same database, without a bootstrap key, takes the new key as an admin's.
        using var factory = new ApiFactory(_database).WithSetting("Auth:BootstrapAdminKey", null);
        using var admin = factory.CreateClientWithKey(key);
        await admin.CreateKeyAsync("editor");

        var (revokeExit, _, _) = await RunAsync("keys", "revoke", "--id", created.Id().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, revokeExit);
        using var refused = await admin.GetAsync(AccessCalls.KeysPath);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Keys_create_and_revoke_leave_audit_entries_naming_the_command_line_user()
    {
        var (exit, output, _) = await RunAsync("keys", "create", "--name", "night-import", "--role", "editor");
        Assert.Equal(0, exit);
        var id = JsonNode.Parse(output)!.AsObject().Id().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, (await RunAsync("keys", "revoke", "--id", id)).ExitCode);
        Assert.Equal(0, (await RunAsync("keys", "revoke", "--id", id)).ExitCode);

        using var factory = new ApiFactory(_database);
        using var admin = factory.CreateClient();
        var entries = AuditHttp.Items(await admin.GetObjectAsync($"{AuditHttp.Audit}?resource=api-keys"));
        Assert.Equal(["create", "revoke"], entries.Select(entry => entry.Action()));
        Assert.All(entries, entry => Assert.Equal($"command-line:{Environment.UserName}", entry["keyName"]!.GetValue<string>()));
        Assert.Equal("night-import", entries[1]["after"]!["name"]!.GetValue<string>());
        Assert.NotNull(entries[1]["after"]!["revokedAt"]);
    }

    [Fact]
    public async Task A_taken_name_or_an_unknown_id_exits_1()
    {
        Assert.Equal(0, (await RunAsync("keys", "create", "--name=ops", "--role=editor")).ExitCode);

        var (exit, output, errors) = await RunAsync("keys", "create", "--name", "ops", "--role", "reader");
        Assert.Equal(1, exit);
        Assert.Equal("", output.Trim());
        Assert.Contains("already has name 'ops'", errors, StringComparison.Ordinal);

        var (revoke, _, revokeErrors) = await RunAsync("keys", "revoke", "--id", "42");
        Assert.Equal(1, revoke);
        Assert.Contains("no API key with id 42", revokeErrors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keys")]
    [InlineData("keys", "make", "--name", "x", "--role", "reader")]
    [InlineData("keys", "create", "--name", "x")]
    [InlineData("keys", "create", "--name", "x", "--role", "boss")]
    [InlineData("keys", "create", "--name", "x", "--role", "2")]
    [InlineData("keys", "create", "--name", "x", "--role")]
    [InlineData("keys", "create", "--name", "x", "--role", "reader", "--colour", "red")]
    [InlineData("keys", "revoke", "--id", "first")]
    [InlineData("keys", "list", "--id", "1")]
    public async Task A_wrong_command_line_exits_2_with_the_usage(params string[] args)
    {
        var (exit, output, errors) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal("", output.Trim());
        Assert.Contains("Usage: keys", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_name_exits_1_naming_the_field()
    {
        var (exit, _, errors) = await RunAsync("keys", "create", "--name", "bootstrap-admin", "--role", "admin");

        Assert.Equal(1, exit);
        Assert.Contains("name: ", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args) =>
        ApiCommand.RunAsync(_directory, _database.ConnectionString(), args);
}
