using System.Net;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>GET /{resource}/{id}/history: one record's changes, oldest first, paged.</summary>
public sealed class HistoryTests : ApiTest
{
    [Fact]
    public async Task History_is_oldest_first_and_paged()
    {
        var payload = Payloads.Source();
        var id = await Client.CreateIdAsync(Paths.Sources, payload);
        for (var i = 1; i <= 4; i++)
        {
            (await Client.PutJsonAsync(Paths.Of(Paths.Sources, id), payload.With(("notes", $"Change {i}.")))).Dispose();
        }

        var page = await Client.GetObjectAsync($"{Paths.Of(Paths.Sources, id)}/history?page=2&pageSize=2");

        Assert.Equal(5, page["totalCount"]!.GetValue<int>());
        var items = AuditHttp.Items(page);
        Assert.Equal([3L, 4L], items.Select(entry => entry["version"]!.GetValue<long>()));
        Assert.Equal("Change 2.", items[0]["after"]!["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_record_that_never_existed_has_no_history()
    {
        using var response = await Client.GetAsync($"{Paths.Sources}/999/history");

        await ProblemAssert.IsNotFoundAsync(response, "source", 999);
    }

    [Fact]
    public async Task A_record_of_another_resource_with_the_same_id_shares_no_history()
    {
        var sourceId = await Client.CreateSourceAsync();
        var forceId = await Client.CreateForceAsync();
        Assert.Equal(sourceId, forceId);

        var history = await Client.HistoryAsync(Paths.Of(Paths.Forces, forceId));

        Assert.Equal(["forces"], history.Select(entry => entry["resource"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("since=2025-01-01", "since")]
    public async Task Bad_parameters_are_400s_naming_them(string query, string field)
    {
        var id = await Client.CreateSourceAsync();

        using var response = await Client.GetAsync($"{Paths.Of(Paths.Sources, id)}/history?{query}");

        await ProblemAssert.IsValidationProblemAsync(response, field);
    }

    [Fact]
    public async Task A_record_created_before_the_audit_trail_has_an_empty_history()
    {
        var id = await Client.CreateSourceAsync();
        await using (var db = Factory.CreateDbContext())
        {
            db.Set<AuditEntry>().RemoveRange(db.Set<AuditEntry>());
            await db.SaveChangesAsync();
        }

        using var response = await Client.GetAsync($"{Paths.Of(Paths.Sources, id)}/history");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(0, (await response.ReadObjectAsync())["totalCount"]!.GetValue<int>());
    }
}
