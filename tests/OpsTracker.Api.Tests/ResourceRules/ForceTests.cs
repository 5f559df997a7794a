using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.ResourceRules;

public sealed class ForceTests : ApiTest
{
    [Fact]
    public async Task Name_is_required_and_name_and_acronym_are_limited_in_length()
    {
        var missing = await AssertRefusedAsync(Payloads.Force().Without("name"), "name");
        await AssertRefusedAsync(Payloads.Force().With(("name", "")), "name");
        await AssertRefusedAsync(Payloads.Force().With(("name", new string('n', 201))), "name");
        await AssertRefusedAsync(Payloads.Force().With(("acronym", new string('A', 51))), "acronym");

        Assert.Equal(["name is required."], missing.MessagesFor("name"));
        Assert.Equal(0, await Client.CountAsync(Paths.Forces));
    }

    [Fact]
    public async Task A_name_another_force_has_answers_409_on_post_and_put_and_writes_nothing()
    {
        var sdf = await Client.CreateAsync(Paths.Forces, Payloads.Force().With(("name", "Syrian Democratic Forces")));
        var other = await Client.CreateAsync(Paths.Forces, Payloads.Force());

        using var post = await Client.PostJsonAsync(Paths.Forces, Payloads.Force().With(("name", "Syrian Democratic Forces")));
        using var put = await Client.PutJsonAsync(Paths.Of(Paths.Forces, other.Id()), Payloads.Force().With(("name", "Syrian Democratic Forces")));

        var problem = await ProblemAssert.IsUniqueConflictAsync(post, "name", sdf.Id());
        Assert.Equal($"Another force (id {sdf.Id()}) already has name 'Syrian Democratic Forces'.", problem.Detail);
        await ProblemAssert.IsUniqueConflictAsync(put, "name", sdf.Id());
        Assert.Equal(2, await Client.CountAsync(Paths.Forces));
        Assert.True(JsonNode.DeepEquals(other, await Client.ReadAsync(Paths.Forces, other.Id())));
    }

    [Fact]
    public async Task Names_are_unique_by_exact_match_and_a_force_may_keep_its_own_name()
    {
        var payload = Payloads.Force().With(("name", "Syrian Democratic Forces"));
        var sdf = await Client.CreateAsync(Paths.Forces, payload);

        var lowerCase = await Client.CreateAsync(Paths.Forces, Payloads.Force().With(("name", "syrian democratic forces")));
        using var keep = await Client.PutJsonAsync(Paths.Of(Paths.Forces, sdf.Id()), payload.With(("acronym", "QSD")));

        await keep.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("QSD", (await keep.ReadObjectAsync())["acronym"]!.GetValue<string>());
        Assert.NotEqual(sdf.Id(), lowerCase.Id());
    }

    [Fact]
    public async Task Aliases_must_be_non_empty_distinct_short_and_at_most_fifty()
    {
        var repeated = await AssertRefusedAsync(Payloads.Force().With(("aliases", Payloads.Strings("قسد", "SDF", "قسد"))), "aliases");
        var empty = await AssertRefusedAsync(Payloads.Force().With(("aliases", Payloads.Strings("قسد", ""))), "aliases[1]");
        await AssertRefusedAsync(Payloads.Force().With(("aliases", new JsonArray(null, "SDF"))), "aliases[0]");
        await AssertRefusedAsync(Payloads.Force().With(("aliases", Payloads.Strings(new string('ق', 201)))), "aliases[0]");
        await AssertRefusedAsync(Payloads.Force().With(("aliases", Payloads.Strings([.. Enumerable.Range(1, 51).Select(i => $"alias {i}")]))), "aliases");
        await AssertRefusedAsync(Payloads.Force().With(("aliases", "قسد")), "aliases");

        Assert.Equal(["An alias is listed more than once."], repeated.MessagesFor("aliases"));
        Assert.Equal(["An alias cannot be empty."], empty.MessagesFor("aliases[1]"));
        Assert.Equal(0, await Client.CountAsync(Paths.Forces));

        var fifty = await Client.CreateAsync(Paths.Forces, Payloads.Force().With(("aliases", Payloads.Strings([.. Enumerable.Range(1, 50).Select(i => $"alias {i}")]))));
        var none = await Client.CreateAsync(Paths.Forces, Payloads.Force().Without("aliases", "kind", "acronym", "parentId"));
        Assert.Equal(50, fifty["aliases"]!.AsArray().Count);
        Assert.Empty(none["aliases"]!.AsArray());
        Assert.Equal("other", none["kind"]!.GetValue<string>());
        Assert.Null(none["parentId"]);
        Assert.Null(none["acronym"]);
    }

    [Fact]
    public async Task An_unknown_kind_answers_400_listing_the_allowed_values()
    {
        var problem = await AssertRefusedAsync(Payloads.Force().With(("kind", "militia")), "kind");

        Assert.Equal(["'militia' is not one of the allowed values: coalition, stateForce, partnerForce, insurgentGroup, other."], problem.MessagesFor("kind"));
    }

    [Fact]
    public async Task The_parent_must_be_an_existing_force()
    {
        var missing = await AssertRefusedAsync(Payloads.Force(parentId: 999_999), "parentId");
        var zero = await AssertRefusedAsync(Payloads.Force(parentId: 0), "parentId");
        await AssertRefusedAsync(Payloads.Force(parentId: -1), "parentId");

        Assert.Equal(["There is no force with id 999999."], missing.MessagesFor("parentId"));
        Assert.Equal(["parentId is a positive id."], zero.MessagesFor("parentId"));
        Assert.Equal(0, await Client.CountAsync(Paths.Forces));

        var centcom = await Client.CreateForceAsync();
        var cjtf = await Client.CreateAsync(Paths.Forces, Payloads.Force(parentId: centcom));
        Assert.Equal(centcom, cjtf["parentId"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_force_cannot_be_its_own_parent()
    {
        var payload = Payloads.Force();
        var force = await Client.CreateAsync(Paths.Forces, payload);

        using var response = await Client.PutJsonAsync(Paths.Of(Paths.Forces, force.Id()), payload.With(("parentId", force.Id())));

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "parentId");
        Assert.Equal(["A force cannot be its own parent or ancestor."], problem.MessagesFor("parentId"));
        Assert.True(JsonNode.DeepEquals(force, await Client.ReadAsync(Paths.Forces, force.Id())));
    }

    [Fact]
    public async Task A_force_cannot_be_placed_under_one_of_its_descendants()
    {
        var topPayload = Payloads.Force();
        var top = await Client.CreateAsync(Paths.Forces, topPayload);
        var middlePayload = Payloads.Force(parentId: top.Id());
        var middle = await Client.CreateIdAsync(Paths.Forces, middlePayload);
        var bottom = await Client.CreateIdAsync(Paths.Forces, Payloads.Force(parentId: middle));

        using var underChild = await Client.PutJsonAsync(Paths.Of(Paths.Forces, top.Id()), topPayload.With(("parentId", middle)));
        using var underGrandchild = await Client.PutJsonAsync(Paths.Of(Paths.Forces, top.Id()), topPayload.With(("parentId", bottom)));

        await ProblemAssert.IsValidationProblemAsync(underChild, "parentId");
        await ProblemAssert.IsValidationProblemAsync(underGrandchild, "parentId");
        Assert.True(JsonNode.DeepEquals(top, await Client.ReadAsync(Paths.Forces, top.Id())), "A refused PUT changes nothing.");

        // Once the middle force leaves the chain, the top one may go under the bottom one.
        using var detach = await Client.PutJsonAsync(Paths.Of(Paths.Forces, middle), middlePayload.With(("parentId", null)));
        await detach.AssertStatusAsync(HttpStatusCode.OK);
        using var regroup = await Client.PutJsonAsync(Paths.Of(Paths.Forces, top.Id()), topPayload.With(("parentId", bottom)));
        await regroup.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(bottom, (await regroup.ReadObjectAsync())["parentId"]!.GetValue<long>());
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Paths.Forces, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
