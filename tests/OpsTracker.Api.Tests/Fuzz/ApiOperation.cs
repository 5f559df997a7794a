using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>
/// One operation of the OpenAPI document, as the fuzzer uses it: where it is, what it takes (parameters, request
/// bodies by content type) and what it declares it answers (a schema by status and content type, where it gives one).
/// </summary>
public sealed record ApiOperation(
    string Method,
    string PathTemplate,
    IReadOnlyList<ApiParameter> Parameters,
    IReadOnlyDictionary<string, JsonObject> RequestBodies,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonObject>> Responses)
{
    public string Name => $"{Method} {PathTemplate}";

    /// <summary>The collection the operation belongs to: "/api/v1/casualties" for "/api/v1/casualties/{id}/history".</summary>
    public string Collection
    {
        get
        {
            var at = PathTemplate.IndexOf("/{", StringComparison.Ordinal);
            return at < 0 ? PathTemplate : PathTemplate[..at];
        }
    }

    public bool IsImport => PathTemplate.StartsWith("/api/v1/imports/", StringComparison.Ordinal);

    public override string ToString() => Name;
}
