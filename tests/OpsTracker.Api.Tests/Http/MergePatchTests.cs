using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Http;

/// <summary>
/// PATCH with an RFC 7396 merge patch on every record kind: fields left out are kept, null clears one, nested objects
/// merge; the merged record is checked as a PUT of it would be, honours If-Match and is audited; a patch that is not
/// one is refused with nothing written.
/// </summary>
public sealed class MergePatchTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task A_patch_changes_the_fields_it_names_and_keeps_the_others(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var created = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));

        using var response = await PatchAsync(resource.PathOf(created.Id()), """{ "notes": "ملاحظة: تم التحقق من البيان." }""");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var patched = await response.ReadObjectAsync();
        Assert.Equal("ملاحظة: تم التحقق من البيان.", patched["notes"]!.GetValue<string>());
        AssertSameBut(created, patched, "notes");
        Assert.Equal(patched.Text(), (await Client.ReadAsync(resource.Collection, created.Id())).Text());
        Assert.Equal("\"2\"", ConditionalHttp.ETagOf(response));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task A_patch_of_every_field_stores_what_a_put_of_them_would(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var created = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var changes = await resource.ChangedPayloadAsync(Client, created.AsBody());
        var path = resource.PathOf(created.Id());

        // A merge keeps what the patch leaves out, a PUT clears it: the patch names every stored field, null for those
        // the PUT leaves out, nested ones included (a count without its qualifier).
        using var patch = await PatchAsync(path, Naming(changes, created.AsBody()).Text());
        await patch.AssertStatusAsync(HttpStatusCode.OK);
        var patched = await patch.ReadObjectAsync();
        using var put = await Client.PutJsonAsync(path, changes);

        // The PUT of the same fields finds nothing to change: no new version, no history entry.
        await put.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(patched.Text(), (await put.ReadObjectAsync()).Text());
        Assert.Equal("\"2\"", ConditionalHttp.ETagOf(put));
        Assert.Equal(["create", "update"], (await Client.HistoryAsync(path)).Select(entry => entry.Action()));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Null_clears_a_field_and_the_change_is_in_the_history(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var created = await Client.CreateAsync(resource.Collection, (await resource.NewPayloadAsync(Client)).With(("notes", "To be cleared.")));

        using var response = await PatchAsync(resource.PathOf(created.Id()), """{ "notes": null }""");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var patched = await response.ReadObjectAsync();
        Assert.Null(patched["notes"]);
        AssertSameBut(created, patched, "notes");
        var history = await Client.HistoryAsync(resource.PathOf(created.Id()));
        Assert.Equal(["create", "update"], history.Select(entry => entry.Action()));
        Assert.Equal("To be cleared.", history[1]["before"]!["notes"]!.GetValue<string>());
        Assert.Null(history[1]["after"]!["notes"]);
        Assert.Equal(AuditHttp.AdminKeyName, history[1]["keyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_nested_object_merges_field_by_field()
    {
        var resource = ResourceCatalogue.Get("casualties");
        var created = await Client.CreateAsync(resource.Collection, (await resource.NewPayloadAsync(Client))
            .With(("count", Payloads.Count(30, "approximately")), ("region", "Deir ez-Zor")));

        using var response = await PatchAsync(resource.PathOf(created.Id()), """{ "count": { "low": 25, "high": 40, "qualifier": "range" }, "region": null }""");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var patched = await response.ReadObjectAsync();
        Assert.Equal("""{"best":30,"low":25,"high":40,"qualifier":"range"}""", patched["count"].Text());
        Assert.Null(patched["region"]);
        AssertSameBut(created, patched, "count", "region");
    }

    [Fact]
    public async Task If_match_lets_a_patch_through_only_while_the_record_is_at_that_version()
    {
        var resource = ResourceCatalogue.Get("sources");
        var created = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var path = resource.PathOf(created.Id());

        using var current = await PatchAsync(path, """{ "notes": "First." }""", ifMatch: "\"1\"");
        using var stale = await PatchAsync(path, """{ "notes": "Second." }""", ifMatch: "\"1\"");
        using var malformed = await PatchAsync(path, """{ "notes": "Third." }""", ifMatch: "1");

        await current.AssertStatusAsync(HttpStatusCode.OK);
        var failed = await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("\"2\"", failed.Body["currentETag"]!.GetValue<string>());
        await ProblemAssert.IsValidationProblemAsync(malformed, "if-match");
        Assert.Equal("First.", (await Client.ReadAsync(resource.Collection, created.Id()))["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_merged_record_is_validated_as_a_put_of_it_would_be()
    {
        var resource = ResourceCatalogue.Get("casualties");
        var created = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var path = resource.PathOf(created.Id());

        using var required = await PatchAsync(path, """{ "affiliation": null, "country": null }""");
        using var invalid = await PatchAsync(path, """{ "count": { "best": -1 }, "sourceIds": [999999] }""");
        using var reference = await PatchAsync(path, """{ "sourceIds": [999999] }""");
        using var unknown = await PatchAsync(path, """{ "id": 7, "createdAt": "2025-01-01T00:00:00Z" }""");
        using var wrongType = await PatchAsync(path, """{ "count": { "best": "five" } }""");

        await ProblemAssert.IsValidationProblemAsync(required, "affiliation", "country");
        await ProblemAssert.IsValidationProblemAsync(invalid, "count.best");
        await ProblemAssert.IsValidationProblemAsync(reference, "sourceIds[0]");
        var fields = (await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.BadRequest)).Errors.Keys;
        Assert.Contains(fields, field => field is "id" or "createdAt");
        await ProblemAssert.IsValidationProblemAsync(wrongType, "count.best");
        await AssertUnchangedAsync(resource, created);
    }

    [Theory]
    [InlineData("[{ \"op\": \"replace\", \"path\": \"/notes\", \"value\": \"x\" }]")]
    [InlineData("\"notes\"")]
    [InlineData("null")]
    [InlineData("{ \"notes\": ")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_json_object_is_a_400_naming_the_body(string body)
    {
        var resource = ResourceCatalogue.Get("sources");
        var created = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));

        using var response = await PatchAsync(resource.PathOf(created.Id()), body);

        await ProblemAssert.IsValidationProblemAsync(response, "body");
        await AssertUnchangedAsync(resource, created);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json-patch+json")]
    [InlineData("text/plain")]
    public async Task A_patch_in_another_media_type_is_a_415(string mediaType)
    {
        var resource = ResourceCatalogue.Get("sources");
        var created = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var content = new StringContent("""{ "notes": "x" }""");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);

        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, resource.PathOf(created.Id())) { Content = content });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains(JsonHttp.MergePatchMediaType, problem.Title, StringComparison.Ordinal);
        await AssertUnchangedAsync(resource, created);
    }

    [Fact]
    public async Task A_patch_in_another_charset_than_utf8_is_a_415_and_is_not_transcoded()
    {
        var resource = ResourceCatalogue.Get("sources");
        var created = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var content = new StringContent("""{ "notes": "x" }""");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/merge-patch+json; charset=latin1");

        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, resource.PathOf(created.Id())) { Content = content });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("charset", problem.Title, StringComparison.Ordinal);
        await AssertUnchangedAsync(resource, created);
    }

    [Fact]
    public async Task A_patch_of_a_missing_record_is_a_404_and_a_patch_needs_the_editor_role()
    {
        using var missing = await PatchAsync($"{Paths.Casualties}/424242", """{ "notes": "x" }""");
        using var anonymous = Factory.CreateAnonymousClient();
        using var refused = await anonymous.SendAsync(Patch($"{Paths.Casualties}/1", """{ "notes": "x" }""", null));

        await ProblemAssert.IsNotFoundAsync(missing, "casualty record", 424242);
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized);
    }

    /// <summary><paramref name="changes"/> with null for each field of <paramref name="stored"/> it leaves out, at every depth.</summary>
    private static JsonObject Naming(JsonObject changes, JsonObject stored)
    {
        var patch = (JsonObject)changes.DeepClone();
        foreach (var (field, value) in stored)
        {
            if (!patch.ContainsKey(field))
            {
                patch[field] = null;
            }
            else if (value is JsonObject nested && patch[field] is JsonObject changed)
            {
                patch[field] = Naming(changed, nested);
            }
        }

        return patch;
    }

    private Task<HttpResponseMessage> PatchAsync(string path, string body, string? ifMatch = null) => Client.SendAsync(Patch(path, body, ifMatch));

    private static HttpRequestMessage Patch(string path, string body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, path) { Content = JsonHttp.RawContent(body, JsonHttp.MergePatchMediaType) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private async Task AssertUnchangedAsync(ResourceCase resource, JsonObject created)
    {
        Assert.Equal(created.Text(), (await Client.ReadAsync(resource.Collection, created.Id())).Text());
        Assert.Equal(["create"], (await Client.HistoryAsync(resource.PathOf(created.Id()))).Select(entry => entry.Action()));
    }

    /// <summary>Both records are the same but for <paramref name="changed"/> and the time of the change.</summary>
    private static void AssertSameBut(JsonObject expected, JsonObject actual, params string[] changed)
    {
        string[] ignored = [.. changed, "updatedAt"];
        Assert.Equal(expected.Without(ignored).Text(), actual.Without(ignored).Text());
    }
}
