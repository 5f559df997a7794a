using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>One operation of the OpenAPI document: its path, method and description, resolved against the document.</summary>
public sealed record DocumentOperation(string Path, string Method, JsonObject Operation, JsonObject Document)
{
    public static string DocumentPath => "/swagger/v1/swagger.json";

    public string Id => Operation["operationId"]!.GetValue<string>();

    public IEnumerable<JsonObject> Parameters => Operation["parameters"]?.AsArray().Select(p => p!.AsObject()) ?? [];

    public JsonObject Responses => Operation["responses"]!.AsObject();

    /// <summary>Every operation of <paramref name="document"/>, in document order.</summary>
    public static IEnumerable<DocumentOperation> All(JsonObject document) =>
        document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject(), (path, operation) =>
                new DocumentOperation(path.Key, operation.Key.ToUpperInvariant(), operation.Value!.AsObject(), document));

    /// <summary>A schema with its $ref followed.</summary>
    public JsonObject Resolve(JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference
            ? Document["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!.AsObject()
            : schema.AsObject();

    public override string ToString() => $"{Method} {Path}";
}
