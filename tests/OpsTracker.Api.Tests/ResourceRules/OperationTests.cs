using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.ResourceRules;

public sealed class OperationTests : ApiTest
{
    [Fact]
    public async Task Title_is_required_and_type_defaults_to_other()
    {
        var sourceId = await Client.CreateSourceAsync();

        var missing = await AssertRefusedAsync(Payloads.Operation(sourceId).Without("title"), "title");
        var raid = await AssertRefusedAsync(Payloads.Operation(sourceId).With(("type", "parade")), "type");
        var created = await Client.CreateAsync(Paths.Operations, Payloads.Operation(sourceId).Without("type", "forceIds"));

        Assert.Equal(["title is required."], missing.MessagesFor("title"));
        Assert.Equal(
            ["'parade' is not one of the allowed values: raid, airstrike, groundOperation, adviseAndAssist, securitySweep, summary, other, attack, ambush, bombing, assassination, plot."],
            raid.MessagesFor("type"));
        Assert.Equal("other", created["type"]!.GetValue<string>());
        Assert.Empty(created["forceIds"]!.AsArray());
    }

    [Fact]
    public async Task Force_ids_must_name_existing_forces_each_listed_once()
    {
        var sourceId = await Client.CreateSourceAsync();
        var forceId = await Client.CreateForceAsync();

        var missing = await AssertRefusedAsync(Payloads.Operation(sourceId, forceId, 999_999), "forceIds[1]");
        var repeated = await AssertRefusedAsync(Payloads.Operation(sourceId, forceId, forceId), "forceIds");
        var zero = await AssertRefusedAsync(Payloads.Operation(sourceId, 0), "forceIds[0]");
        await AssertRefusedAsync(Payloads.Operation(sourceId).With(("forceIds", new JsonArray("CENTCOM"))), "forceIds[0]");

        Assert.Equal(["There is no force with id 999999."], missing.MessagesFor("forceIds[1]"));
        Assert.Equal(["A force is listed more than once."], repeated.MessagesFor("forceIds"));
        Assert.Equal(["A force id is a positive number."], zero.MessagesFor("forceIds[0]"));
        Assert.Equal(0, await Client.CountAsync(Paths.Operations));
    }

    [Fact]
    public async Task A_put_that_changes_only_the_forces_moves_updatedAt_and_lists_them_in_ascending_order()
    {
        var sourceId = await Client.CreateSourceAsync();
        var first = await Client.CreateForceAsync();
        var second = await Client.CreateForceAsync();
        var payload = Payloads.Operation(sourceId, first);
        var created = await Client.CreateAsync(Paths.Operations, payload);
        await Task.Delay(20);

        using var response = await Client.PutJsonAsync(Paths.Of(Paths.Operations, created.Id()), payload.With(("forceIds", Payloads.Ids(second, first))));

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var updated = await response.ReadObjectAsync();
        Assert.Equal(Payloads.Ids(first, second).Text(), updated["forceIds"].Text());
        Assert.True(updated.Timestamp("updatedAt") > created.Timestamp("updatedAt"));
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Paths.Operations, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
