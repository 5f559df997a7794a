using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>asOf and datePrecision on detainee figures and camp population figures.</summary>
public sealed class DatedFigureFieldTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.DatedFigureNames), MemberType = typeof(ResourceCatalogue))]
    public async Task As_of_is_required_and_must_be_a_date(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);

        var missing = await AssertRefusedAsync(resource, payload.Without("asOf"), "asOf");
        await AssertRefusedAsync(resource, payload.With(("asOf", null)), "asOf");
        await AssertRefusedAsync(resource, payload.With(("asOf", "2025-02-30")), "asOf");
        await AssertRefusedAsync(resource, payload.With(("asOf", "mid-2025")), "asOf");
        var quarter = await AssertRefusedAsync(resource, payload.With(("datePrecision", "quarter")), "datePrecision");

        Assert.Equal(["asOf is required (YYYY-MM-DD)."], missing.MessagesFor("asOf"));
        Assert.Equal(["'quarter' is not one of the allowed values: day, month, year, season."], quarter.MessagesFor("datePrecision"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.DatedFigureNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Every_precision_is_stored_with_day_the_default(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("externalId");

        var day = await Client.CreateAsync(resource.Collection, payload.Without("datePrecision"));
        var month = await Client.CreateAsync(resource.Collection, payload.With(("asOf", "2025-07-01"), ("datePrecision", "month")));
        var year = await Client.CreateAsync(resource.Collection, payload.With(("asOf", "2019-01-01"), ("datePrecision", "year")));

        Assert.Equal("day", day["datePrecision"]!.GetValue<string>());
        Assert.Equal("month", month["datePrecision"]!.GetValue<string>());
        Assert.Equal("2025-07-01", month["asOf"]!.GetValue<string>());
        Assert.Equal("year", year["datePrecision"]!.GetValue<string>());
        Assert.Equal("2019-01-01", year["asOf"]!.GetValue<string>());
    }

    private async Task<ApiProblem> AssertRefusedAsync(ResourceCase resource, JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(resource.Collection, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
