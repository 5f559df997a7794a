using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.ApiKeys;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>Creating, listing and revoking keys over HTTP, and how keys are stored.</summary>
public sealed class ApiKeyManagementTests : ApiTest
{
    [Fact]
    public async Task A_new_key_is_shown_once_and_works_at_once_with_its_role()
    {
        using var response = await Client.PostJsonAsync(AccessCalls.KeysPath, new JsonObject { ["name"] = "nightly-import", ["role"] = "editor" });

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var created = await response.ReadObjectAsync();
        var key = created.Key();
        Assert.StartsWith("opk_", key, StringComparison.Ordinal);
        Assert.True(key.Length >= 40, key);
        Assert.Equal($"{AccessCalls.KeysPath}/{created.Id()}", response.Headers.Location?.OriginalString);
        Assert.Equal("nightly-import", created["name"]!.GetValue<string>());
        Assert.Equal("editor", created["role"]!.GetValue<string>());
        Assert.Null(created["revokedAt"]);

        using var editor = Factory.CreateClientWithKey(key);
        await editor.CreateSourceAsync();

        var listed = await Client.GetObjectAsync(AccessCalls.KeysPath);
        var stored = await Client.GetObjectAsync($"{AccessCalls.KeysPath}/{created.Id()}");
        Assert.DoesNotContain(key, listed.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, stored.ToJsonString(), StringComparison.Ordinal);
        Assert.All(listed["items"]!.AsArray(), item => Assert.False(item!.AsObject().ContainsKey("key")));
        Assert.False(stored.ContainsKey("key"));
        Assert.Equal("nightly-import", stored["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_new_key_is_different()
    {
        var first = (await Client.CreateKeyAsync("reader")).Key();
        var second = (await Client.CreateKeyAsync("reader")).Key();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_on_the_next_request()
    {
        var created = await Client.CreateKeyAsync("editor");
        using var editor = Factory.CreateClientWithKey(created.Key());
        await editor.CreateSourceAsync();

        using var revoke = await Client.DeleteAsync($"{AccessCalls.KeysPath}/{created.Id()}");
        await revoke.AssertStatusAsync(HttpStatusCode.NoContent);

        using var write = await editor.PostJsonAsync(Paths.Sources, Payloads.Source());
        await ProblemAssert.IsProblemAsync(write, HttpStatusCode.Unauthorized);

        // Also on a read that needs no key: a key that is sent must be valid.
        using var read = await editor.GetAsync(Paths.Sources);
        await ProblemAssert.IsProblemAsync(read, HttpStatusCode.Unauthorized);

        var stored = await Client.GetObjectAsync($"{AccessCalls.KeysPath}/{created.Id()}");
        Assert.NotNull(stored["revokedAt"]);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_a_404_problem()
    {
        using var response = await Client.DeleteAsync($"{AccessCalls.KeysPath}/999");

        await ProblemAssert.IsNotFoundAsync(response, "API key", 999);
    }

    [Fact]
    public async Task Keys_are_stored_only_as_hashes()
    {
        var created = await Client.CreateKeyAsync("admin", "hash-check");
        var key = created.Key();

        using var db = Factory.CreateDbContext();
        var row = await db.Set<ApiKey>().AsNoTracking().SingleAsync(k => k.Name == "hash-check");
        Assert.Equal(32, row.KeyHash.Length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key)), row.KeyHash);

        // Nowhere in the table, in any column, as text or as bytes.
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM \"ApiKeys\"";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.GetValue(i);
                var text = value is byte[] bytes ? Encoding.UTF8.GetString(bytes) + Convert.ToBase64String(bytes) : Convert.ToString(value);
                Assert.DoesNotContain(key[4..], text ?? "", StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_name_another_key_has_is_a_409_problem_even_after_that_key_is_revoked()
    {
        var first = await Client.CreateKeyAsync("reader", "jane-laptop");

        using var clash = await Client.PostJsonAsync(AccessCalls.KeysPath, new JsonObject { ["name"] = "jane-laptop", ["role"] = "editor" });
        await ProblemAssert.IsUniqueConflictAsync(clash, "name", first.Id());

        using var revoke = await Client.DeleteAsync($"{AccessCalls.KeysPath}/{first.Id()}");
        using var again = await Client.PostJsonAsync(AccessCalls.KeysPath, new JsonObject { ["name"] = "jane-laptop", ["role"] = "editor" });
        await ProblemAssert.IsUniqueConflictAsync(again, "name", first.Id());
    }

    [Theory]
    [InlineData("""{"name":"k","role":"boss"}""", "role")]
    [InlineData("""{"name":"k","role":2}""", "role")]
    [InlineData("""{"name":"k"}""", "role")]
    [InlineData("""{"role":"reader"}""", "name")]
    [InlineData("""{"name":"","role":"reader"}""", "name")]
    [InlineData("""{"name":" k","role":"reader"}""", "name")]
    [InlineData("""{"name":"bootstrap-admin","role":"reader"}""", "name")]
    [InlineData("""{"name":"k","role":"reader","key":"opk_mine"}""", "key")]
    public async Task A_bad_name_or_role_is_a_400_problem_naming_the_field(string body, string field)
    {
        using var response = await Client.SendRawJsonAsync(HttpMethod.Post, AccessCalls.KeysPath, body);

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task A_name_longer_than_100_characters_is_a_400_problem()
    {
        using var response = await Client.PostJsonAsync(AccessCalls.KeysPath, new JsonObject { ["name"] = new string('k', 101), ["role"] = "reader" });

        await ProblemAssert.IsValidationProblemAsync(response, "name");
    }

    [Fact]
    public async Task The_key_list_is_paged_in_id_order()
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await Client.CreateKeyAsync("reader")).Id());
        }

        var page = await Client.GetObjectAsync($"{AccessCalls.KeysPath}?page=2&pageSize=2");

        Assert.Equal(3, page["totalCount"]!.GetValue<int>());
        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.Equal([ids[2]], page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<long>()));

        using var bad = await Client.GetAsync($"{AccessCalls.KeysPath}?pageSize=0&role=admin");
        await ProblemAssert.IsValidationProblemAsync(bad, "pageSize", "role");
    }

    [Fact]
    public async Task Problems_for_refused_calls_say_what_is_wrong()
    {
        using var anonymous = Factory.CreateAnonymousClient();
        using var missing = await anonymous.PostJsonAsync(Paths.Sources, Payloads.Source());
        var missingProblem = await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", missingProblem.Detail, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", missing.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        var reader = await Client.CreateKeyAsync("reader", "reader-one");
        using var readerClient = Factory.CreateClientWithKey(reader.Key());
        using var forbidden = await readerClient.PostJsonAsync(Paths.Sources, Payloads.Source());
        var forbiddenProblem = await ProblemAssert.IsProblemAsync(forbidden, HttpStatusCode.Forbidden);
        Assert.Equal("The key 'reader-one' has the reader role. This call needs the editor role.", forbiddenProblem.Detail);
    }

    [Fact]
    public async Task Health_swagger_and_the_root_stay_open_whatever_key_is_sent()
    {
        using var wrong = Factory.CreateClientWithKey("opk_wrong");
        foreach (var client in new[] { Factory.CreateAnonymousClient(), wrong })
        {
            using var health = await client.GetAsync("/health");
            await health.AssertStatusAsync(HttpStatusCode.OK);
            using var swagger = await client.GetAsync("/swagger/v1/swagger.json");
            await swagger.AssertStatusAsync(HttpStatusCode.OK);
        }
    }
}
