using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.ResourceRules;

public sealed class CampPopulationTests : ApiTest
{
    [Fact]
    public async Task Every_figure_names_at_least_one_camp()
    {
        var sourceId = await Client.CreateSourceAsync();

        var missing = await AssertRefusedAsync(Payloads.CampPopulation(sourceId).Without("campIds"), "campIds");
        await AssertRefusedAsync(Payloads.CampPopulation(sourceId), "campIds");
        await AssertRefusedAsync(Payloads.CampPopulation(sourceId).With(("campIds", null)), "campIds");

        Assert.Equal(["Name at least one camp in campIds."], missing.MessagesFor("campIds"));
        Assert.Equal(0, await Client.CountAsync(Paths.CampPopulations));
    }

    [Fact]
    public async Task Camp_ids_must_name_existing_camps_each_listed_once()
    {
        var sourceId = await Client.CreateSourceAsync();
        var campId = await Client.CreateCampAsync();

        var missing = await AssertRefusedAsync(Payloads.CampPopulation(sourceId, campId, 999_999), "campIds[1]");
        var repeated = await AssertRefusedAsync(Payloads.CampPopulation(sourceId, campId, campId), "campIds");
        var zero = await AssertRefusedAsync(Payloads.CampPopulation(sourceId, 0), "campIds[0]");

        Assert.Equal(["There is no camp with id 999999."], missing.MessagesFor("campIds[1]"));
        Assert.Equal(["A camp is listed more than once."], repeated.MessagesFor("campIds"));
        Assert.Equal(["A camp id is a positive number."], zero.MessagesFor("campIds[0]"));
        Assert.Equal(0, await Client.CountAsync(Paths.CampPopulations));
    }

    [Fact]
    public async Task A_figure_has_no_place_fields_of_its_own()
    {
        var sourceId = await Client.CreateSourceAsync();
        var campId = await Client.CreateCampAsync();

        await AssertRefusedAsync(Payloads.CampPopulation(sourceId, campId).With(("country", "SY")), "country");
    }

    [Fact]
    public async Task A_put_that_changes_only_the_camps_moves_updatedAt_and_lists_them_in_ascending_order()
    {
        var sourceId = await Client.CreateSourceAsync();
        var alHol = await Client.CreateCampAsync();
        var roj = await Client.CreateCampAsync();
        var payload = Payloads.CampPopulation(sourceId, alHol);
        var created = await Client.CreateAsync(Paths.CampPopulations, payload);
        await Task.Delay(20);

        using var response = await Client.PutJsonAsync(Paths.Of(Paths.CampPopulations, created.Id()), payload.With(("campIds", Payloads.Ids(roj, alHol))));

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var updated = await response.ReadObjectAsync();
        Assert.Equal(Payloads.Ids(alHol, roj).Text(), updated["campIds"].Text());
        Assert.True(updated.Timestamp("updatedAt") > created.Timestamp("updatedAt"));
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Paths.CampPopulations, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
