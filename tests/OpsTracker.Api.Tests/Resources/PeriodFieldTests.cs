using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>startDate, endDate and datePrecision on operations, casualties and arrests.</summary>
public sealed class PeriodFieldTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Start_date_is_required_without_an_end_date_and_the_end_date_cannot_precede_it(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("endDate");

        var missing = await AssertRefusedAsync(resource, payload.Without("startDate"), "startDate");
        await AssertRefusedAsync(resource, payload.With(("startDate", null)), "startDate");
        var backwards = await AssertRefusedAsync(resource, payload.With(("startDate", "2025-11-06"), ("endDate", "2025-10-01")), "endDate");
        await AssertRefusedAsync(resource, payload.With(("startDate", "2025-11-06"), ("endDate", "2025-11-05")), "endDate");

        Assert.Equal(
            ["startDate is required unless endDate is given (YYYY-MM-DD); give endDate alone for a period open at its start (\"on or before\")."],
            missing.MessagesFor("startDate"));
        Assert.Equal(["endDate cannot be before startDate."], backwards.MessagesFor("endDate"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Dates_and_precisions_that_cannot_be_read_answer_400_on_the_field(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);

        foreach (var date in new JsonNode?[] { "2025-13-01", "2025-02-30", "13/11/2025", "2025-11-13T00:00:00Z", "", 20251113 })
        {
            await AssertRefusedAsync(resource, payload.With(("startDate", date?.DeepClone())), "startDate");
        }

        await AssertRefusedAsync(resource, payload.With(("endDate", "soon")), "endDate");
        var week = await AssertRefusedAsync(resource, payload.With(("datePrecision", "week")), "datePrecision");

        Assert.Equal(["'week' is not one of the allowed values: day, month, year, season."], week.MessagesFor("datePrecision"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_single_day_and_every_precision_are_stored_with_day_the_default(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("externalId");

        var sameDay = await Client.CreateAsync(resource.Collection, payload.With(("startDate", "2025-11-08"), ("endDate", "2025-11-08")));
        var noEnd = await Client.CreateAsync(resource.Collection, payload.Without("endDate", "datePrecision"));
        var month = await Client.CreateAsync(resource.Collection, payload.With(("datePrecision", "month")));
        var year = await Client.CreateAsync(resource.Collection, payload.With(("startDate", "2019-01-01"), ("endDate", "2019-12-31"), ("datePrecision", "year")));

        Assert.Equal("2025-11-08", sameDay["endDate"]!.GetValue<string>());
        Assert.Null(noEnd["endDate"]);
        Assert.Equal("day", noEnd["datePrecision"]!.GetValue<string>());
        Assert.Equal("month", month["datePrecision"]!.GetValue<string>());
        Assert.Equal("year", year["datePrecision"]!.GetValue<string>());
        Assert.Equal("2019-01-01", year["startDate"]!.GetValue<string>());
    }

    private async Task<ApiProblem> AssertRefusedAsync(ResourceCase resource, JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(resource.Collection, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
