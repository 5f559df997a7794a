using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>GET /api/v1/deletions?since=…: what a syncing client must delete on its side.</summary>
public sealed class DeletionsFeedTests : ApiTest
{
    [Fact]
    public async Task The_feed_lists_deleted_records_since_a_time_oldest_first()
    {
        var first = await Client.CreateSourceAsync();
        var second = await Client.CreateSourceAsync();
        var force = await Client.CreateForceAsync();
        await Client.CreateSourceAsync();
        (await Client.DeleteAsync(Paths.Of(Paths.Sources, first))).Dispose();
        var afterFirst = DateTime.UtcNow;
        await Task.Delay(20);
        (await Client.DeleteAsync(Paths.Of(Paths.Forces, force))).Dispose();
        (await Client.DeleteAsync(Paths.Of(Paths.Sources, second))).Dispose();

        var all = AuditHttp.Items(await Client.GetObjectAsync(AuditHttp.Deletions));
        Assert.Equal([("sources", first), ("forces", force), ("sources", second)],
            all.Select(item => (item["resource"]!.GetValue<string>(), item["id"]!.GetValue<long>())));
        Assert.Equal(["resource", "id", "deletedAt"], all[0].Select(pair => pair.Key));

        var since = AuditHttp.Items(await Client.GetObjectAsync($"{AuditHttp.Deletions}?since={afterFirst:yyyy-MM-ddTHH:mm:ss.fffffffZ}"));
        Assert.Equal([force, second], since.Select(item => item["id"]!.GetValue<long>()));

        var sources = AuditHttp.Items(await Client.GetObjectAsync($"{AuditHttp.Deletions}?resource=sources&pageSize=1&page=2"));
        Assert.Equal(second, sources.Single()["id"]!.GetValue<long>());

        var lastSeen = all[^1]["deletedAt"]!.GetValue<string>();
        var again = AuditHttp.Items(await Client.GetObjectAsync($"{AuditHttp.Deletions}?since={Uri.EscapeDataString(lastSeen)}"));
        Assert.Equal([second], again.Select(item => item["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Readers_without_a_key_may_read_the_feed()
    {
        using var anonymous = Factory.CreateAnonymousClient();

        var page = await anonymous.GetObjectAsync(AuditHttp.Deletions);

        Assert.Equal(0, page["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("since=last-week", "since")]
    [InlineData("resource=people", "resource")]
    [InlineData("id=1", "id")]
    public async Task Bad_parameters_are_400s_naming_them(string query, string field)
    {
        using var response = await Client.GetAsync($"{AuditHttp.Deletions}?{query}");

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }
}
