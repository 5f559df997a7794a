using System.Net;
using OpsTracker.Api.Features.ApiKeys;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>The bootstrap admin key: from Auth:BootstrapAdminKey or OPSTRACKER_ADMIN_KEY, stored nowhere, checked at start-up.</summary>
public sealed class BootstrapKeyTests
{
    private const string OtherKey = "another-bootstrap-key-0123456789";

    [Theory]
    [InlineData("Auth:BootstrapAdminKey")]
    [InlineData("OPSTRACKER_ADMIN_KEY")]
    public async Task The_configured_key_is_an_admin_key_and_no_other_is(string setting)
    {
        using var factory = new ApiFactory().WithSetting("Auth:BootstrapAdminKey", null).WithSetting(setting, OtherKey);
        using var bootstrap = factory.CreateClientWithKey(OtherKey);
        using var testKey = factory.CreateClient();

        var created = await bootstrap.CreateKeyAsync("editor");
        Assert.StartsWith("opk_", created.Key(), StringComparison.Ordinal);
        using var refused = await testKey.GetAsync(AccessCalls.KeysPath);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized);

        using var db = factory.CreateDbContext();
        Assert.DoesNotContain(db.Set<ApiKey>(), key => key.Name == "bootstrap-admin");
    }

    [Fact]
    public async Task The_environment_variable_wins_over_the_setting()
    {
        using var factory = new ApiFactory().WithSetting("OPSTRACKER_ADMIN_KEY", OtherKey);
        using var fromEnvironment = factory.CreateClientWithKey(OtherKey);
        using var fromSetting = factory.CreateClient();

        await fromEnvironment.CreateKeyAsync("reader");
        using var refused = await fromSetting.GetAsync(AccessCalls.KeysPath);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_a_bootstrap_key_only_stored_keys_work()
    {
        using var factory = new ApiFactory().WithSetting("Auth:BootstrapAdminKey", null);
        using var client = factory.CreateClient();

        using var write = await client.PostJsonAsync(Paths.Sources, Payloads.Source());
        await ProblemAssert.IsProblemAsync(write, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void A_short_bootstrap_key_stops_the_start()
    {
        using var factory = new ApiFactory().WithSetting("Auth:BootstrapAdminKey", "short");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("at least 16 characters", error.ToString(), StringComparison.Ordinal);
    }
}
