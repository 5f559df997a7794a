using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>The API's own OpenAPI document, read: its operations, and its schemas with <c>$ref</c>s followed.</summary>
public sealed class ApiDocument(JsonObject document)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    public IReadOnlyList<ApiOperation> Operations { get; } = ReadOperations(document);

    /// <summary>The schema itself where <paramref name="schema"/> is a <c>$ref</c> to <c>#/components/schemas/…</c>.</summary>
    public JsonObject Resolve(JsonObject schema)
    {
        for (var depth = 0; schema["$ref"]?.GetValue<string>() is { } reference && depth < 32; depth++)
        {
            const string Prefix = "#/components/schemas/";
            Assert.StartsWith(Prefix, reference, StringComparison.Ordinal);
            schema = document["components"]!["schemas"]![reference[Prefix.Length..]]!.AsObject();
        }

        return schema;
    }

    private static List<ApiOperation> ReadOperations(JsonObject document)
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item![method] is not JsonObject operation)
                {
                    continue;
                }

                var parameters = (operation["parameters"]?.AsArray() ?? [])
                    .Select(parameter => parameter!.AsObject())
                    .Select(parameter => new ApiParameter(
                        parameter["name"]!.GetValue<string>(),
                        parameter["in"]!.GetValue<string>(),
                        parameter["required"]?.GetValue<bool>() ?? false,
                        parameter["example"] is JsonValue example ? example.ToString() : null))
                    .ToList();
                var bodies = (operation["requestBody"]?["content"]?.AsObject() ?? [])
                    .ToDictionary(content => content.Key, content => content.Value!["schema"]?.AsObject() ?? [], StringComparer.Ordinal);
                var responses = (operation["responses"]?.AsObject() ?? [])
                    .ToDictionary(
                        response => response.Key,
                        response => (IReadOnlyDictionary<string, JsonObject>)(response.Value!["content"]?.AsObject() ?? [])
                            .Where(content => content.Value!["schema"] is JsonObject)
                            .ToDictionary(content => content.Key, content => content.Value!["schema"]!.AsObject(), StringComparer.Ordinal),
                        StringComparer.Ordinal);
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, bodies, responses));
            }
        }

        return operations;
    }
}
