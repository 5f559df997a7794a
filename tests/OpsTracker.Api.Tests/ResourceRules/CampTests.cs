using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.ResourceRules;

public sealed class CampTests : ApiTest
{
    [Fact]
    public async Task Name_is_required()
    {
        var problem = await AssertRefusedAsync(Payloads.Camp().Without("name"), "name");
        await AssertRefusedAsync(Payloads.Camp().With(("name", new string('n', 201))), "name");

        Assert.Equal(["name is required."], problem.MessagesFor("name"));
        Assert.Equal(0, await Client.CountAsync(Paths.Camps));
    }

    [Fact]
    public async Task A_name_another_camp_has_answers_409_on_post_and_put_and_writes_nothing()
    {
        var alHol = await Client.CreateAsync(Paths.Camps, Payloads.Camp().With(("name", "al-Hol")));
        var roj = await Client.CreateAsync(Paths.Camps, Payloads.Camp().With(("name", "Roj")));

        using var post = await Client.PostJsonAsync(Paths.Camps, Payloads.Camp().With(("name", "al-Hol")));
        using var put = await Client.PutJsonAsync(Paths.Of(Paths.Camps, roj.Id()), Payloads.Camp().With(("name", "al-Hol")));

        var problem = await ProblemAssert.IsUniqueConflictAsync(post, "name", alHol.Id());
        Assert.Equal($"Another camp (id {alHol.Id()}) already has name 'al-Hol'.", problem.Detail);
        await ProblemAssert.IsUniqueConflictAsync(put, "name", alHol.Id());
        Assert.Equal(2, await Client.CountAsync(Paths.Camps));
        Assert.True(JsonNode.DeepEquals(roj, await Client.ReadAsync(Paths.Camps, roj.Id())));
    }

    [Fact]
    public async Task Country_is_optional_but_when_given_must_be_an_upper_case_alpha2_code()
    {
        var noCountry = await Client.CreateAsync(Paths.Camps, Payloads.Camp().Without("country", "region", "latitude", "longitude", "aliases"));
        await AssertRefusedAsync(Payloads.Camp().With(("country", "sy")), "country");
        await AssertRefusedAsync(Payloads.Camp().With(("country", "SYR")), "country");
        await AssertRefusedAsync(Payloads.Camp().With(("country", "")), "country");

        Assert.Null(noCountry["country"]);
        Assert.Null(noCountry["latitude"]);
        Assert.Empty(noCountry["aliases"]!.AsArray());
        Assert.Equal(1, await Client.CountAsync(Paths.Camps));
    }

    [Fact]
    public async Task Coordinates_must_be_in_range_and_given_together()
    {
        await AssertRefusedAsync(Payloads.Camp().Without("longitude"), "longitude");
        await AssertRefusedAsync(Payloads.Camp().Without("latitude"), "latitude");
        await AssertRefusedAsync(Payloads.Camp().With(("latitude", -91)), "latitude");
        await AssertRefusedAsync(Payloads.Camp().With(("longitude", 200)), "longitude");
        await AssertRefusedAsync(Payloads.Camp().With(("region", new string('r', 201))), "region");

        Assert.Equal(0, await Client.CountAsync(Paths.Camps));
    }

    [Fact]
    public async Task Aliases_must_be_distinct_and_non_empty()
    {
        await AssertRefusedAsync(Payloads.Camp().With(("aliases", Payloads.Strings("الهول", "الهول"))), "aliases");
        await AssertRefusedAsync(Payloads.Camp().With(("aliases", Payloads.Strings("الهول", " "))), "aliases[1]");

        using var ok = await Client.PostJsonAsync(Paths.Camps, Payloads.Camp().With(("aliases", Payloads.Strings("الهول", "Al Hol", "al-Hawl"))));
        await ok.AssertStatusAsync(HttpStatusCode.Created);
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Paths.Camps, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
