using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Attacks;

/// <summary>
/// Operations are also what insurgent groups do: the types attack, ambush, bombing, assassination and plot, with an
/// outcome (carried out or foiled) that only they have; <c>side</c> tells them from operations against ISIS on the
/// operations list, on the casualties and arrests tied to operations, and in the totals.
/// </summary>
public sealed class AttackTests : ApiTest
{
    [Fact]
    public async Task An_attack_is_carried_out_unless_foiled_and_an_operation_against_isis_has_no_outcome()
    {
        var sourceId = await Client.CreateSourceAsync();

        var attack = await Client.CreateAsync(Paths.Operations, Attack(sourceId, "ambush"));
        var plot = await Client.CreateAsync(Paths.Operations, Attack(sourceId, "plot").With(("outcome", "foiled")));
        var raid = await Client.CreateAsync(Paths.Operations, Payloads.Operation(sourceId).With(("type", "raid")));

        Assert.Equal(("ambush", "carriedOut"), (attack["type"]!.GetValue<string>(), attack["outcome"]!.GetValue<string>()));
        Assert.Equal("foiled", plot["outcome"]!.GetValue<string>());
        Assert.False(raid.ContainsKey("outcome"), "An operation that is not an attack has no outcome, and its answer leaves the field out.");
    }

    [Fact]
    public async Task An_outcome_on_an_operation_against_isis_is_refused_by_field()
    {
        var sourceId = await Client.CreateSourceAsync();

        using var raid = await Client.PostJsonAsync(Paths.Operations, Payloads.Operation(sourceId).With(("type", "raid"), ("outcome", "foiled")));
        var problem = await ProblemAssert.IsValidationProblemAsync(raid, "outcome");
        using var unknown = await Client.PostJsonAsync(Paths.Operations, Attack(sourceId, "bombing").With(("outcome", "attempted")));
        await ProblemAssert.IsValidationProblemAsync(unknown, "outcome");

        Assert.Equal(["outcome is for attacks by insurgent groups only: type attack, ambush, bombing, assassination or plot."], problem.MessagesFor("outcome"));
        Assert.Equal(0, await Client.CountAsync(Paths.Operations));
    }

    [Fact]
    public async Task Side_separates_operations_against_isis_from_attacks_by_isis_in_lists_and_totals()
    {
        var sourceId = await Client.CreateSourceAsync();
        var raid = await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).With(("type", "raid"), ("count", Payloads.Count(1))));
        var bombing = await Client.CreateIdAsync(Paths.Operations, Attack(sourceId, "bombing"));
        var foiled = await Client.CreateIdAsync(Paths.Operations, Attack(sourceId, "plot").With(("outcome", "foiled")));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId, raid).With(("count", Payloads.Count(5))));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId, bombing).With(("affiliation", "partnerForce"), ("count", Payloads.Count(3))));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("count", Payloads.Count(7))));

        Assert.Equal([raid], await Client.ListIdsAsync(Paths.Operations, "side=counterInsurgent"));
        Assert.Equal([bombing, foiled], await Client.ListIdsAsync(Paths.Operations, "side=insurgent&sort=id"));
        Assert.Equal([foiled], await Client.ListIdsAsync(Paths.Operations, "outcome=foiled"));
        Assert.Single(await Client.ListAsync(Paths.Casualties, "side=insurgent"));

        var byIsis = await Client.GetObjectAsync("/api/v1/stats/summary?side=insurgent");
        var againstIsis = await Client.GetObjectAsync("/api/v1/stats/summary?side=counterInsurgent");
        var all = await Client.GetObjectAsync("/api/v1/stats/summary");
        Assert.Equal(("""{"best":2,"low":2,"high":2,"records":2}""", """{"best":3,"low":3,"high":3,"records":1}"""),
            (byIsis["operations"]!.ToJsonString(), byIsis["killed"]!.ToJsonString()));
        Assert.Equal(("""{"best":1,"low":1,"high":1,"records":1}""", """{"best":5,"low":5,"high":5,"records":1}"""),
            (againstIsis["operations"]!.ToJsonString(), againstIsis["killed"]!.ToJsonString()));
        Assert.Equal(15, all["killed"]!["best"]!.GetValue<long>());
        await Client.AssertRefusedAsync($"{Paths.Operations}?side=isis", "side");
        await Client.AssertRefusedAsync("/api/v1/stats/summary?side=both", "side");
    }

    private static JsonObject Attack(long sourceId, string type) =>
        Payloads.Operation(sourceId).With(
            ("title", "هجوم لخلايا داعش على حاجز لقوات سوريا الديمقراطية"), ("type", type), ("count", Payloads.Count(1)),
            ("startDate", "2025-10-12"), ("endDate", null), ("notes", null));
}
