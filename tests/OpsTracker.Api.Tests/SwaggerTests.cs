using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests;

public sealed partial class SwaggerTests : ApiTest
{
    [Fact]
    public async Task The_openapi_document_lists_every_resource_path_with_its_operations()
    {
        using var response = await Client.GetAsync("/swagger/v1/swagger.json");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        var document = await response.ReadObjectAsync();
        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/v1/casualties"), $"paths: {string.Join(", ", paths.Select(path => path.Key))}");
        foreach (var resource in ResourceCatalogue.All)
        {
            Assert.Equal(["get", "post"], Operations(paths[resource.Collection]));
            Assert.Equal(["delete", "get", "patch", "put"], Operations(paths[$"{resource.Collection}/{{id}}"]));
        }
    }

    [Fact]
    public async Task Enums_are_documented_as_their_camel_case_strings()
    {
        var document = await Client.GetObjectAsync("/swagger/v1/swagger.json");
        var schemas = document["components"]!["schemas"]!.AsObject();

        AssertStringEnum(schemas, "CountQualifier", "exact", "approximately", "atLeast", "moreThan", "atMost", "lessThan", "range");
        AssertStringEnum(schemas, "CasualtyOutcome", "killed", "wounded");
        AssertStringEnum(schemas, "DatePrecision", "day", "month", "year", "season");
        AssertStringEnum(schemas, "SourceReliability", "A", "B", "C", "D", "E", "F");
        AssertStringEnum(schemas, "OperationType", "raid", "airstrike", "groundOperation", "adviseAndAssist", "securitySweep", "summary", "other",
            "attack", "ambush", "bombing", "assassination", "plot");
        AssertStringEnum(schemas, "OperationOutcome", "carriedOut", "foiled");
        var outcome = schemas["CasualtyRequest"]!["properties"]!["outcome"]!;
        Assert.Contains("CasualtyOutcome", outcome.ToJsonString());
    }

    [Fact]
    public async Task Import_bodies_are_a_json_array_or_csv_or_ndjson_text()
    {
        var document = await Client.GetObjectAsync("/swagger/v1/swagger.json");

        var content = document["paths"]!["/api/v1/imports/casualties"]!["post"]!["requestBody"]!["content"]!;

        Assert.Equal("array", content["application/json"]!["schema"]!["type"]!.GetValue<string>());
        foreach (var text in new[] { "text/csv", "application/x-ndjson" })
        {
            Assert.Equal("string", content[text]!["schema"]!["type"]!.GetValue<string>());
            Assert.Contains("2025-10-01", content[text]!["example"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        // History and ETags are documented too.
        Assert.NotNull(document["paths"]!["/api/v1/casualties/{id}/history"]?["get"]);
        Assert.NotNull(document["paths"]!["/api/v1/casualties/{id}"]!["get"]!["responses"]!["304"]);
        Assert.NotNull(document["paths"]!["/api/v1/casualties/{id}"]!["put"]!["responses"]!["412"]);
    }

    [Fact]
    public async Task The_guides_the_document_links_to_are_served_as_text()
    {
        var document = await Client.GetStringAsync("/swagger/v1/swagger.json");
        var guides = GuideLink().Matches(document).Select(match => match.Value).Distinct().ToList();

        Assert.Contains("/docs/imports.md", guides);
        foreach (var guide in guides)
        {
            using var response = await Client.GetAsync(guide);
            await response.AssertStatusAsync(HttpStatusCode.OK);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("# ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var missing = await Client.GetAsync("/docs/nothing.md");
        using var outside = await Client.GetAsync("/docs/..%2FREADME.md");
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(outside, HttpStatusCode.NotFound);
    }

    private static List<string> Operations(JsonNode? pathItem)
    {
        Assert.NotNull(pathItem);
        return [.. pathItem.AsObject().Select(operation => operation.Key).Order(StringComparer.Ordinal)];
    }

    [System.Text.RegularExpressions.GeneratedRegex("/docs/[a-z0-9-]+\\.md")]
    private static partial System.Text.RegularExpressions.Regex GuideLink();

    private static void AssertStringEnum(JsonObject schemas, string name, params string[] values)
    {
        Assert.True(schemas.ContainsKey(name), $"No schema {name}.");
        var schema = schemas[name]!;
        Assert.Equal("string", schema["type"]?.GetValue<string>());
        Assert.Equal(values, schema["enum"]!.AsArray().Select(value => value!.GetValue<string>()));
    }
}
