using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>
/// sourceIds and count, which every report record (operations, casualties, arrests, detainee figures, camp
/// populations) has. Each test sends its bad bodies to one resource and checks that none of them wrote anything.
/// </summary>
public sealed class ReportRecordTests : ApiTest
{
    private const long MissingId = 999_999;

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_figure_without_a_source_answers_400_on_sourceIds(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);

        await AssertRefusedAsync(resource, payload.Without("sourceIds"), "sourceIds");
        await AssertRefusedAsync(resource, payload.With(("sourceIds", null)), "sourceIds");
        var problem = await AssertRefusedAsync(resource, payload.With(("sourceIds", new JsonArray())), "sourceIds");

        Assert.Equal(["Cite at least one source, in sourceIds or in citations."], problem.MessagesFor("sourceIds"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Source_ids_must_be_positive_whole_numbers_listed_once(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var sourceId = SourceIdOf(payload);

        var zero = await AssertRefusedAsync(resource, payload.With(("sourceIds", Payloads.Ids(0))), "sourceIds[0]");
        await AssertRefusedAsync(resource, payload.With(("sourceIds", Payloads.Ids(sourceId, -4))), "sourceIds[1]");
        var duplicate = await AssertRefusedAsync(resource, payload.With(("sourceIds", Payloads.Ids(sourceId, sourceId))), "sourceIds");
        await AssertRefusedAsync(resource, payload.With(("sourceIds", new JsonArray(null, sourceId))), "sourceIds[0]");
        await AssertRefusedAsync(resource, payload.With(("sourceIds", new JsonArray(sourceId, sourceId.ToString()))), "sourceIds[1]");
        await AssertRefusedAsync(resource, payload.With(("sourceIds", new JsonArray(1.5))), "sourceIds[0]");
        await AssertRefusedAsync(resource, payload.With(("sourceIds", sourceId)), "sourceIds");

        Assert.Equal(["A source id is a positive number."], zero.MessagesFor("sourceIds[0]"));
        Assert.Equal(["A source is listed more than once."], duplicate.MessagesFor("sourceIds"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Source_ids_that_do_not_exist_answer_400_on_each_of_their_indexes(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var sourceId = SourceIdOf(payload);

        var one = await AssertRefusedAsync(resource, payload.With(("sourceIds", Payloads.Ids(sourceId, MissingId))), "sourceIds[1]");
        await AssertRefusedAsync(resource, payload.With(("sourceIds", Payloads.Ids(MissingId - 1, sourceId, MissingId))), "sourceIds[0]", "sourceIds[2]");

        Assert.Equal([$"There is no source with id {MissingId}."], one.MessagesFor("sourceIds[1]"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Every_count_rule_answers_400_on_the_count_field_it_breaks(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        (JsonObject Count, string Field, string Message)[] cases =
        [
            (new JsonObject { ["qualifier"] = "approximately" }, "count.best", "best is required."),
            (new JsonObject { ["best"] = null }, "count.best", "best is required."),
            (Payloads.Count(-1), "count.best", "best cannot be negative."),
            (Payloads.Count(0, "approximately", low: -1), "count.low", "low cannot be negative."),
            (Payloads.Count(0, "atMost", high: -1), "count.high", "high cannot be negative."),
            (Payloads.Count(5, "approximately", low: 6), "count.low", "low cannot be greater than best."),
            (Payloads.Count(5, "approximately", high: 4), "count.high", "high cannot be less than best."),
            (Payloads.Count(5, "range", high: 6), "count.low", "A range needs low."),
            (Payloads.Count(5, "range", low: 4), "count.high", "A range needs high."),
            (Payloads.Count(5, low: 4), "count.low", "An exact count has no low bound apart from best; use another qualifier."),
            (Payloads.Count(5, "exact", high: 6), "count.high", "An exact count has no high bound apart from best; use another qualifier."),
            (Payloads.Count(5, "atLeast", high: 6), "count.high", "atLeast and moreThan have no upper bound; use range for a figure with both bounds."),
            (Payloads.Count(5, "moreThan", high: 5), "count.high", "atLeast and moreThan have no upper bound; use range for a figure with both bounds."),
        ];

        foreach (var (count, field, message) in cases)
        {
            var problem = await AssertRefusedAsync(resource, payload.With(("count", count)), field);
            Assert.Contains(message, problem.MessagesFor(field));
        }

        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Every_qualifier_is_stored_as_sent_with_bounds_that_fit_it(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("externalId");
        JsonObject[] counts =
        [
            Payloads.Count(0),
            Payloads.Count(5, "exact", low: 5, high: 5),
            Payloads.Count(30000, "approximately", low: 25000, high: 35000),
            Payloads.Count(19, "atLeast", low: 19),
            Payloads.Count(22, "moreThan"),
            Payloads.Count(40, "atMost", low: 0, high: 40),
            Payloads.Count(40, "lessThan"),
            Payloads.Count(2750, "range", low: 2500, high: 3000),
            Payloads.Count(int.MaxValue, "range", low: 0, high: int.MaxValue),
        ];

        foreach (var count in counts)
        {
            var created = await Client.CreateAsync(resource.Collection, payload.With(("count", count)));
            var stored = created["count"]!.AsObject();
            Assert.Equal(count["best"].Text(), stored["best"].Text());
            Assert.Equal((count["low"] ?? null).Text(), stored["low"].Text());
            Assert.Equal((count["high"] ?? null).Text(), stored["high"].Text());
            Assert.Equal((count["qualifier"] ?? "exact").Text(), stored["qualifier"].Text());
        }
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_count_that_cannot_be_read_answers_400_on_its_path(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);

        var ten = await AssertRefusedAsync(resource, payload.With(("count", new JsonObject { ["best"] = "ten" })), "count.best");
        await AssertRefusedAsync(resource, payload.With(("count", new JsonObject { ["best"] = "5" })), "count.best");
        await AssertRefusedAsync(resource, payload.With(("count", new JsonObject { ["best"] = 1.5 })), "count.best");
        await AssertRefusedAsync(resource, payload.With(("count", new JsonObject { ["best"] = 3_000_000_000L })), "count.best");
        await AssertRefusedAsync(resource, payload.With(("count", new JsonObject { ["best"] = 5, ["low"] = true })), "count.low");
        await AssertRefusedAsync(resource, payload.With(("count", 5)), "count");
        var about = await AssertRefusedAsync(resource, payload.With(("count", Payloads.Count(5, "about"))), "count.qualifier");
        var number = await AssertRefusedAsync(resource, payload.With(("count", new JsonObject { ["best"] = 5, ["qualifier"] = 1 })), "count.qualifier");
        var unknown = await AssertRefusedAsync(resource, payload.With(("count", new JsonObject { ["best"] = 5, ["bestt"] = 6 })), "count.bestt");

        Assert.Equal(["The value is not a whole number in range."], ten.MessagesFor("count.best"));
        Assert.Equal(
            ["'about' is not one of the allowed values: exact, approximately, atLeast, moreThan, atMost, lessThan, range."],
            about.MessagesFor("count.qualifier"));
        Assert.Equal(
            ["A number is not one of the allowed values: exact, approximately, atLeast, moreThan, atMost, lessThan, range."],
            number.MessagesFor("count.qualifier"));
        Assert.Equal(["This is not a field of this resource."], unknown.MessagesFor("count.bestt"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_refused_put_leaves_the_record_and_its_citations_as_they_were(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var created = await Client.CreateAsync(resource.Collection, payload);
        var otherSource = await Client.CreateSourceAsync();
        var changed = (await resource.ChangedPayloadAsync(Client, payload))
            .With(("sourceIds", Payloads.Ids(otherSource, MissingId)));

        using var response = await Client.PutJsonAsync(resource.PathOf(created.Id()), changed);

        await ProblemAssert.IsValidationProblemAsync(response, "sourceIds[1]");
        var after = await Client.ReadAsync(resource.Collection, created.Id());
        Assert.True(JsonNode.DeepEquals(created, after), $"before {created.ToJsonString()}, after {after.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_put_that_changes_only_the_sources_moves_updatedAt_and_lists_them_in_ascending_order(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var created = await Client.CreateAsync(resource.Collection, payload);
        var otherSource = await Client.CreateSourceAsync();
        await Task.Delay(20);

        var updated = await PutAsync(resource, created.Id(), payload.With(("sourceIds", Payloads.Ids(otherSource, SourceIdOf(payload)))));

        Assert.Equal(Payloads.Ids(SourceIdOf(payload), otherSource).Text(), updated["sourceIds"].Text());
        Assert.True(updated.Timestamp("updatedAt") > created.Timestamp("updatedAt"), "A change to sourceIds alone is a change.");
        Assert.Equal(created.Timestamp("createdAt"), updated.Timestamp("createdAt"));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.RequiredCountNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Count_is_required_where_there_is_no_default(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);

        var missing = await AssertRefusedAsync(resource, payload.Without("count"), "count");
        await AssertRefusedAsync(resource, payload.With(("count", null)), "count");

        Assert.Equal(["count is required."], missing.MessagesFor("count"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.DefaultedCountNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Count_left_out_takes_the_kinds_default_on_post_and_on_put(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var one = resource.DefaultCount!;

        var created = await Client.CreateAsync(resource.Collection, payload.Without("count"));
        var withCount = await PutAsync(resource, created.Id(), payload.With(("count", Payloads.Count(22, "moreThan"))));
        var reset = await PutAsync(resource, created.Id(), payload.With(("count", null)));

        Assert.Equal(one.Text(), created["count"].Text());
        Assert.Equal("moreThan", withCount["count"]!["qualifier"]!.GetValue<string>());
        Assert.Equal(one.Text(), reset["count"].Text());
    }

    private static long SourceIdOf(JsonObject payload) => payload["sourceIds"]!.AsArray()[0]!.GetValue<long>();

    private async Task<JsonObject> PutAsync(ResourceCase resource, long id, JsonObject body)
    {
        using var response = await Client.PutJsonAsync(resource.PathOf(id), body);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadObjectAsync();
    }

    private async Task<ApiProblem> AssertRefusedAsync(ResourceCase resource, JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(resource.Collection, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
