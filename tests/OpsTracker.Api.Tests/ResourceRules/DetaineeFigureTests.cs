using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.ResourceRules;

public sealed class DetaineeFigureTests : ApiTest
{
    [Fact]
    public async Task Facility_is_required()
    {
        var sourceId = await Client.CreateSourceAsync();

        var missing = await AssertRefusedAsync(Payloads.DetaineeFigure(sourceId).Without("facility"), "facility");
        await AssertRefusedAsync(Payloads.DetaineeFigure(sourceId).With(("facility", "")), "facility");
        await AssertRefusedAsync(Payloads.DetaineeFigure(sourceId).With(("facility", new string('f', 201))), "facility");

        Assert.Equal(["facility is required."], missing.MessagesFor("facility"));
        Assert.Equal(0, await Client.CountAsync(Paths.DetaineeFigures));
    }

    [Fact]
    public async Task The_custodian_force_must_exist()
    {
        var sourceId = await Client.CreateSourceAsync();

        var missing = await AssertRefusedAsync(Payloads.DetaineeFigure(sourceId, custodianForceId: 999_999), "custodianForceId");
        var zero = await AssertRefusedAsync(Payloads.DetaineeFigure(sourceId, custodianForceId: 0), "custodianForceId");

        Assert.Equal(["There is no force with id 999999."], missing.MessagesFor("custodianForceId"));
        Assert.Equal(["custodianForceId is a positive id."], zero.MessagesFor("custodianForceId"));
        Assert.Equal(0, await Client.CountAsync(Paths.DetaineeFigures));

        var none = await Client.CreateAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(sourceId));
        Assert.Null(none["custodianForceId"]);
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Paths.DetaineeFigures, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
