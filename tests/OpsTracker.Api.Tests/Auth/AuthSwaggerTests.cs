using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Auth;

/// <summary>The OpenAPI document declares the key scheme (Swagger UI's Authorize button) and what each operation needs.</summary>
public sealed class AuthSwaggerTests
{
    [Fact]
    public async Task The_document_declares_the_api_key_scheme()
    {
        var document = await DocumentAsync(anonymousRead: true);

        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal("apiKey", scheme["type"]!.GetValue<string>());
        Assert.Equal("header", scheme["in"]!.GetValue<string>());
        Assert.Equal("X-Api-Key", scheme["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_operation_says_which_role_it_needs()
    {
        var document = await DocumentAsync(anonymousRead: true);
        var paths = document["paths"]!.AsObject();

        foreach (var resource in ResourceCatalogue.All)
        {
            AssertOpen(paths[resource.Collection]!["get"]!);
            AssertOpen(paths[$"{resource.Collection}/{{id}}"]!["get"]!);
            AssertNeeds(paths[resource.Collection]!["post"]!, "editor");
            AssertNeeds(paths[$"{resource.Collection}/{{id}}"]!["put"]!, "editor");
            AssertNeeds(paths[$"{resource.Collection}/{{id}}"]!["delete"]!, "editor");
            AssertNeeds(paths[$"/api/v1/imports/{resource.Name}"]!["post"]!, "editor");
        }

        AssertOpen(paths["/api/v1/stats/summary"]!["get"]!);
        AssertNeeds(paths[AccessCalls.KeysPath]!["get"]!, "admin");
        AssertNeeds(paths[AccessCalls.KeysPath]!["post"]!, "admin");
        AssertNeeds(paths[$"{AccessCalls.KeysPath}/{{id}}"]!["get"]!, "admin");
        AssertNeeds(paths[$"{AccessCalls.KeysPath}/{{id}}"]!["delete"]!, "admin");
    }

    [Fact]
    public async Task Without_anonymous_reads_reads_need_the_reader_role()
    {
        var document = await DocumentAsync(anonymousRead: false);
        var paths = document["paths"]!.AsObject();

        AssertNeeds(paths["/api/v1/casualties"]!["get"]!, "reader");
        AssertNeeds(paths["/api/v1/stats/summary"]!["get"]!, "reader");
        AssertNeeds(paths["/api/v1/casualties"]!["post"]!, "editor");
    }

    private static async Task<JsonObject> DocumentAsync(bool anonymousRead)
    {
        using var factory = new ApiFactory().WithSetting("Auth:AnonymousRead", anonymousRead ? "true" : "false");
        using var client = factory.CreateClient();
        return await client.GetObjectAsync("/swagger/v1/swagger.json");
    }

    private static void AssertNeeds(JsonNode operation, string role)
    {
        var security = operation["security"]?.AsArray();
        Assert.True(security is [JsonObject requirement] && requirement.ContainsKey("ApiKey"), operation.ToJsonString());
        Assert.Contains($"Requires the {role} role.", operation["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(operation["responses"]!.AsObject().ContainsKey("401"));
        Assert.True(operation["responses"]!.AsObject().ContainsKey("403"));
    }

    [Fact]
    public async Task Every_operation_that_takes_a_body_documents_413_and_415()
    {
        var document = await DocumentAsync(anonymousRead: true);

        var withBody = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => (Name: $"{operation.Key} {path.Key}", Operation: operation.Value!)))
            .Where(operation => operation.Operation["requestBody"] is not null)
            .ToList();

        // A POST, a PUT, a PATCH and an import per resource; a key's POST, a report's POST and a draft's accept.
        Assert.Equal((4 * ResourceCatalogue.All.Count) + 3, withBody.Count);
        Assert.All(withBody, operation =>
        {
            var responses = operation.Operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("413") && responses.ContainsKey("415"), operation.Name);
        });
    }

    /// <summary>The key is optional: the operation lists the key's requirement and an empty one.</summary>
    private static void AssertOpen(JsonNode operation)
    {
        var security = operation["security"]?.AsArray();
        Assert.True(security is [JsonObject key, JsonObject { Count: 0 }] && key.ContainsKey("ApiKey"), operation.ToJsonString());
        Assert.Contains("Open without a key", operation["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(operation["responses"]!.AsObject().ContainsKey("401"), "A key that is sent must be valid: 401 when it is not.");
    }
}
