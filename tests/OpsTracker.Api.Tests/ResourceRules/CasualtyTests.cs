using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.ResourceRules;

public sealed class CasualtyTests : ApiTest
{
    [Fact]
    public async Task Affiliation_and_outcome_are_required()
    {
        var sourceId = await Client.CreateSourceAsync();

        var problem = await AssertRefusedAsync(Payloads.Casualty(sourceId).Without("affiliation", "outcome"), "affiliation", "outcome");

        Assert.Equal(["affiliation is required."], problem.MessagesFor("affiliation"));
        Assert.Equal(["outcome is required (killed or wounded)."], problem.MessagesFor("outcome"));
        Assert.Equal(0, await Client.CountAsync(Paths.Casualties));
    }

    [Fact]
    public async Task An_unknown_outcome_or_affiliation_answers_400_listing_the_allowed_values()
    {
        var sourceId = await Client.CreateSourceAsync();

        var dead = await AssertRefusedAsync(Payloads.Casualty(sourceId).With(("outcome", "dead")), "outcome");
        var militant = await AssertRefusedAsync(Payloads.Casualty(sourceId).With(("affiliation", "militant")), "affiliation");

        Assert.Equal(["'dead' is not one of the allowed values: killed, wounded."], dead.MessagesFor("outcome"));
        Assert.Equal(
            ["'militant' is not one of the allowed values: isis, civilian, partnerForce, coalition, governmentForce, unknown."],
            militant.MessagesFor("affiliation"));
    }

    [Fact]
    public async Task The_operation_must_exist()
    {
        var sourceId = await Client.CreateSourceAsync();

        var missing = await AssertRefusedAsync(Payloads.Casualty(sourceId, operationId: 999_999), "operationId");
        var zero = await AssertRefusedAsync(Payloads.Casualty(sourceId, operationId: 0), "operationId");

        Assert.Equal(["There is no operation with id 999999."], missing.MessagesFor("operationId"));
        Assert.Equal(["operationId is a positive id."], zero.MessagesFor("operationId"));
        Assert.Equal(0, await Client.CountAsync(Paths.Casualties));
    }

    [Fact]
    public async Task Every_missing_reference_is_reported_on_its_own_field()
    {
        var sourceId = await Client.CreateSourceAsync();

        var problem = await AssertRefusedAsync(
            Payloads.Casualty(sourceId, operationId: 77).With(("sourceIds", Payloads.Ids(sourceId, 99))),
            "sourceIds[1]", "operationId");

        Assert.Equal(["There is no source with id 99."], problem.MessagesFor("sourceIds[1]"));
        Assert.Equal(["There is no operation with id 77."], problem.MessagesFor("operationId"));
    }

    [Fact]
    public async Task Field_rule_failures_are_all_reported_together()
    {
        var body = new JsonObject
        {
            ["sourceIds"] = Payloads.Ids(0, 1, 1),
            ["count"] = Payloads.Count(-3, "exact", low: 5),
            ["country"] = "sy",
            ["startDate"] = "2025-11-06",
            ["endDate"] = "2025-10-01",
        };

        var problem = await AssertRefusedAsync(body, "sourceIds[0]", "sourceIds", "count.best", "count.low", "endDate", "country", "affiliation", "outcome");

        Assert.Equal(
            ["low cannot be greater than best.", "An exact count has no low bound apart from best; use another qualifier."],
            problem.MessagesFor("count.low"));
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Paths.Casualties, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
