using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Auth;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.HostileInput;

/// <summary>
/// A field given twice in one JSON object ({"notes": "a", "notes": "b"}) is a 400 naming it, in every JSON body: a
/// record's POST and PUT, a key's POST, and each record of a JSON or NDJSON import (where it used to be a 500 when
/// the field was a list or an externalId reference, and one of the two values taken silently otherwise).
/// </summary>
public sealed class DuplicateFieldTests : ApiTest
{
    private const string GivenTwice = "This field is given more than once.";

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task A_field_given_twice_in_a_record_body_answers_400_naming_it(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var created = await Client.CreateAsync(resource.Collection, payload);
        var fresh = payload.Without("externalId");

        using var post = await Client.SendRawJsonAsync(HttpMethod.Post, resource.Collection, Repeating(fresh, "notes", "first"));
        using var put = await Client.SendRawJsonAsync(HttpMethod.Put, resource.PathOf(created.Id()), Repeating(payload, "notes", "first"));
        using var otherCase = await Client.SendRawJsonAsync(HttpMethod.Post, resource.Collection, Repeating(fresh, "Notes", "first"));
        using var externalId = await Client.SendRawJsonAsync(HttpMethod.Post, resource.Collection, Repeating(payload, "externalId", "other:1"));

        Assert.Equal([GivenTwice], (await ProblemAssert.IsValidationProblemAsync(post, "notes")).MessagesFor("notes"));
        Assert.Equal([GivenTwice], (await ProblemAssert.IsValidationProblemAsync(put, "notes")).MessagesFor("notes"));
        await ProblemAssert.IsValidationProblemAsync(otherCase, "notes");
        await ProblemAssert.IsValidationProblemAsync(externalId, "externalId");
        Assert.Equal(1, await StoredRecords.CountAsync(Factory, name));
        Assert.True(JsonNode.DeepEquals(created, await Client.ReadAsync(resource.Collection, created.Id())));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_list_or_a_nested_field_given_twice_answers_400_naming_it(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("externalId");
        var body = payload.Text();
        var nested = body.Replace("\"count\":{", "\"count\":{\"best\":7,", StringComparison.Ordinal);

        using var sourceIds = await Client.SendRawJsonAsync(HttpMethod.Post, resource.Collection, Repeating(payload, "sourceIds", new JsonArray(1)));
        using var countBest = await Client.SendRawJsonAsync(HttpMethod.Post, resource.Collection, nested);

        await ProblemAssert.IsValidationProblemAsync(sourceIds, "sourceIds");
        Assert.Equal([GivenTwice], (await ProblemAssert.IsValidationProblemAsync(countBest, "count.best")).MessagesFor("count.best"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_field_given_twice_in_a_merge_patch_answers_400_naming_it(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var created = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var path = resource.PathOf(created.Id());

        using var notes = await PatchAsync(path, """{"notes":"ملاحظة أولى","notes":"ملاحظة ثانية"}""");
        using var otherCase = await PatchAsync(path, """{"Notes":"a","notes":"b"}""");
        using var nested = await PatchAsync(path, """{"count":{"best":7,"best":8}}""");

        Assert.Equal([GivenTwice], (await ProblemAssert.IsValidationProblemAsync(notes, "notes")).MessagesFor("notes"));
        Assert.Equal([GivenTwice], (await ProblemAssert.IsValidationProblemAsync(otherCase, "notes")).MessagesFor("notes"));
        Assert.Equal([GivenTwice], (await ProblemAssert.IsValidationProblemAsync(nested, "count.best")).MessagesFor("count.best"));
        Assert.True(JsonNode.DeepEquals(created, await Client.ReadAsync(resource.Collection, created.Id())));
    }

    [Fact]
    public async Task A_field_given_twice_in_a_key_request_answers_400_naming_it()
    {
        using var response = await Client.SendRawJsonAsync(HttpMethod.Post, AccessCalls.KeysPath, "{\"name\":\"a\",\"role\":\"reader\",\"name\":\"b\"}");

        await ProblemAssert.IsValidationProblemAsync(response, "name");
        Assert.Equal(0, Factory.Database.Count("ApiKeys"));
    }

    [Fact]
    public async Task A_field_given_twice_in_a_json_or_ndjson_import_record_answers_400_naming_the_record_and_field()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("externalId", "src:a")));
        var good = Payloads.Casualty(sourceId).Without("externalId");
        string[] twice =
        [
            Repeating(good, "notes", "first"),
            Repeating(good, "sourceIds", new JsonArray(sourceId)),
            Repeating(good.Without("sourceIds").With(("sourceExternalIds", new JsonArray("src:a"))), "SourceExternalIds", new JsonArray("src:a")),
            good.Text().Replace("\"count\":{", "\"count\":{\"best\":7,", StringComparison.Ordinal),
        ];
        string[] fields = ["notes", "sourceIds", "sourceExternalIds", "count.best"];

        for (var i = 0; i < twice.Length; i++)
        {
            using var json = await Client.ImportAsync("casualties", $"[{good.Text()},\n{twice[i]}]", ImportHttp.Json);
            using var ndjson = await Client.ImportAsync("casualties", $"{good.Text()}\n{twice[i]}\n", ImportHttp.Ndjson);

            var jsonProblem = await ProblemAssert.IsProblemAsync(json, HttpStatusCode.BadRequest);
            var ndjsonProblem = await ProblemAssert.IsProblemAsync(ndjson, HttpStatusCode.BadRequest);
            Assert.Equal([GivenTwice], jsonProblem.MessagesFor($"item 2: {fields[i]}"));
            Assert.Equal([GivenTwice], ndjsonProblem.MessagesFor($"line 2: {fields[i]}"));
            Assert.Single(jsonProblem.Errors);
            Assert.Single(ndjsonProblem.Errors);
        }

        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));
    }

    private Task<HttpResponseMessage> PatchAsync(string path, string body) =>
        Client.PatchAsync(path, JsonHttp.RawContent(body, JsonHttp.MergePatchMediaType));

    /// <summary><paramref name="payload"/> as JSON text with <paramref name="field"/> given once more, first, with <paramref name="value"/>.</summary>
    private static string Repeating(JsonObject payload, string field, JsonNode value) =>
        $"{{\"{field}\":{value.Text()},{payload.Text()[1..]}";
}
