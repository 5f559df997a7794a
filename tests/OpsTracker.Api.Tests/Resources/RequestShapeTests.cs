using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>
/// Bodies and query strings that cannot be read (malformed JSON, wrong JSON types, unknown fields, no body, bad
/// paging values): 400 problems naming the field, for every resource, and nothing written.
/// </summary>
public sealed class RequestShapeTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Unknown_properties_including_server_assigned_ones_answer_400_naming_them(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var created = await Client.CreateAsync(resource.Collection, payload);

        using var misspelt = await Client.PostJsonAsync(resource.Collection, payload.Without("externalId").With(("publisherr", "Shafaq News")));
        var problem = await ProblemAssert.IsValidationProblemAsync(misspelt, "publisherr");
        Assert.Equal(["This is not a field of this resource."], problem.MessagesFor("publisherr"));

        foreach (var field in new[] { "id", "createdAt", "updatedAt" })
        {
            using var post = await Client.PostJsonAsync(resource.Collection, payload.Without("externalId").With((field, created[field]!.DeepClone())));
            using var put = await Client.PutJsonAsync(resource.PathOf(created.Id()), payload.With((field, created[field]!.DeepClone())));

            await ProblemAssert.IsValidationProblemAsync(post, field);
            await ProblemAssert.IsValidationProblemAsync(put, field);
        }

        Assert.Equal(1, await StoredRecords.CountAsync(Factory, name));
        Assert.True(JsonNode.DeepEquals(created, await Client.ReadAsync(resource.Collection, created.Id())));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Malformed_json_and_wrong_json_types_answer_400_naming_the_field(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var body = payload.With(("notes", "cut short")).ToJsonString();
        var truncated = body[..(body.IndexOf("cut short", StringComparison.Ordinal) + 3)];

        using var cut = await Client.SendRawJsonAsync(HttpMethod.Post, resource.Collection, truncated);
        using var missingValue = await Client.SendRawJsonAsync(HttpMethod.Post, resource.Collection, "{\"notes\": }");
        using var trailingComma = await Client.SendRawJsonAsync(HttpMethod.Post, resource.Collection, "{\"notes\": \"x\",}");
        using var number = await Client.PostJsonAsync(resource.Collection, payload.With(("externalId", 12)));
        using var array = await Client.PostJsonAsync(resource.Collection, payload.With(("notes", new JsonArray("a"))));

        await ProblemAssert.IsValidationProblemAsync(cut, "notes");
        await ProblemAssert.IsValidationProblemAsync(missingValue, "notes");
        var comma = await ProblemAssert.IsValidationProblemAsync(trailingComma, "body");
        Assert.Contains("not valid JSON", Assert.Single(comma.MessagesFor("body")));
        var wrongType = await ProblemAssert.IsValidationProblemAsync(number, "externalId");
        Assert.Equal(["The value is not a string."], wrongType.MessagesFor("externalId"));
        await ProblemAssert.IsValidationProblemAsync(array, "notes");
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task A_missing_or_non_object_body_answers_400_on_body_and_one_labelled_as_text_415(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var id = await Client.CreateIdAsync(resource.Collection, payload);

        foreach (var body in new[] { "", "null", "[]", "\"a string\"", "42" })
        {
            using var post = await Client.SendRawJsonAsync(HttpMethod.Post, resource.Collection, body);
            using var put = await Client.SendRawJsonAsync(HttpMethod.Put, resource.PathOf(id), body);

            var problem = await ProblemAssert.IsValidationProblemAsync(post, "body");
            await ProblemAssert.IsValidationProblemAsync(put, "body");
            if (body is "" or "null")
            {
                Assert.Equal(["A JSON request body is required."], problem.MessagesFor("body"));
            }
        }

        using var noBody = await Client.PostAsync(resource.Collection, null);
        await ProblemAssert.IsValidationProblemAsync(noBody, "body");
        using var plainText = await Client.PostAsync(resource.Collection, JsonHttp.RawContent(payload.Without("externalId").ToJsonString(), "text/plain"));
        await ProblemAssert.IsProblemAsync(plainText, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(1, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Bad_paging_values_answer_400_naming_the_parameter(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        (string Query, string Parameter, string? Message)[] cases =
        [
            ("page=abc", "page", "'abc' is not a whole number."),
            ("page=0", "page", "page starts at 1."),
            ("page=-1", "page", "page starts at 1."),
            ("page=1.5", "page", null),
            ("page=99999999999", "page", null),
            ("pageSize=abc", "pageSize", "'abc' is not a whole number."),
            ("pageSize=0", "pageSize", "pageSize must be between 1 and 500."),
            ("pageSize=-5", "pageSize", "pageSize must be between 1 and 500."),
            ("pageSize=501", "pageSize", "pageSize must be between 1 and 500."),
        ];

        foreach (var (query, parameter, message) in cases)
        {
            using var response = await Client.GetAsync($"{resource.Collection}?{query}");

            var problem = await ProblemAssert.IsValidationProblemAsync(response, parameter);
            if (message is not null)
            {
                Assert.Equal([message], problem.MessagesFor(parameter));
            }
        }
    }
}
