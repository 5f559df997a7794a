using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.ResourceRules;

public sealed class ArrestTests : ApiTest
{
    private const string NamedPersonBest = "A record that names a person counts one person: count.best must be 1.";
    private const string NamedPersonQualifier = "A record that names a person counts exactly one person: qualifier must be exact.";

    [Fact]
    public async Task A_record_naming_a_person_must_count_exactly_one()
    {
        var sourceId = await Client.CreateSourceAsync();
        var named = Payloads.Arrest(sourceId).With(("personName", "Bahaa Musiri"));
        var aliased = Payloads.Arrest(sourceId).With(("personAlias", "أبو عبد الرحمن"));

        var two = await AssertRefusedAsync(named.With(("count", Payloads.Count(2))), "count.best");
        var about = await AssertRefusedAsync(aliased.With(("count", Payloads.Count(1, "approximately"))), "count.qualifier");
        var atLeastTwo = await AssertRefusedAsync(aliased.With(("count", Payloads.Count(2, "atLeast"))), "count.best", "count.qualifier");
        await AssertRefusedAsync(named.With(("count", Payloads.Count(0))), "count.best");
        await AssertRefusedAsync(named.With(("count", Payloads.Count(1, "range", low: 1, high: 1))), "count.qualifier");

        Assert.Equal([NamedPersonBest], two.MessagesFor("count.best"));
        Assert.Equal([NamedPersonQualifier], about.MessagesFor("count.qualifier"));
        Assert.Equal([NamedPersonBest], atLeastTwo.MessagesFor("count.best"));
        Assert.Equal([NamedPersonQualifier], atLeastTwo.MessagesFor("count.qualifier"));
        Assert.Equal(0, await Client.CountAsync(Paths.Arrests));
    }

    [Fact]
    public async Task A_record_naming_a_person_is_stored_with_a_count_of_one_given_or_defaulted()
    {
        var sourceId = await Client.CreateSourceAsync();
        var one = new JsonObject { ["best"] = 1, ["low"] = null, ["high"] = null, ["qualifier"] = "exact" };

        var defaulted = await Client.CreateAsync(Paths.Arrests, Payloads.Arrest(sourceId).Without("count").With(("personName", "Bahaa Musiri")));
        var given = await Client.CreateAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("personAlias", "أبو عبد الرحمن"), ("count", Payloads.Count(1, "exact"))));
        var unnamed = await Client.CreateAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("personName", "  "), ("count", Payloads.Count(19, "atLeast"))));

        Assert.Equal(one.Text(), defaulted["count"].Text());
        Assert.Equal(one.Text(), given["count"].Text());
        Assert.Equal("atLeast", unnamed["count"]!["qualifier"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_operation_and_arresting_force_must_exist()
    {
        var sourceId = await Client.CreateSourceAsync();

        var problem = await AssertRefusedAsync(Payloads.Arrest(sourceId, arrestingForceId: 999_998, operationId: 999_999), "arrestingForceId", "operationId");
        var zero = await AssertRefusedAsync(Payloads.Arrest(sourceId, arrestingForceId: 0, operationId: 0), "arrestingForceId", "operationId");

        Assert.Equal(["There is no force with id 999998."], problem.MessagesFor("arrestingForceId"));
        Assert.Equal(["There is no operation with id 999999."], problem.MessagesFor("operationId"));
        Assert.Equal(["arrestingForceId is a positive id."], zero.MessagesFor("arrestingForceId"));
        Assert.Equal(0, await Client.CountAsync(Paths.Arrests));
    }

    [Fact]
    public async Task Person_fields_are_checked()
    {
        var sourceId = await Client.CreateSourceAsync();
        var person = Payloads.Arrest(sourceId).With(("personName", "Bahaa Musiri"), ("count", Payloads.Count(1)));

        await AssertRefusedAsync(person.With(("personNationality", "iq")), "personNationality");
        await AssertRefusedAsync(person.With(("personNationality", "IRQ")), "personNationality");
        await AssertRefusedAsync(person.With(("personName", new string('n', 201))), "personName");
        await AssertRefusedAsync(person.With(("personRole", new string('r', 201))), "personRole");

        var stored = await Client.CreateAsync(Paths.Arrests, person.With(("personNationality", "IQ"), ("personRole", "ISIS leader")));
        Assert.Equal("IQ", stored["personNationality"]!.GetValue<string>());
        Assert.Equal("ISIS leader", stored["personRole"]!.GetValue<string>());
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Paths.Arrests, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
