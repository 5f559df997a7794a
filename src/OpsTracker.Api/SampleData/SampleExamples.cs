using System.Text.Json.Nodes;
using OpsTracker.Api.Infrastructure.OpenApi;

namespace OpsTracker.Api.SampleData;

/// <summary>
/// The OpenAPI document's examples, written against the sample data: request bodies that succeed as they are on a
/// database that holds it, and the answers it gives.
/// </summary>
public sealed class SampleExamples : IOpenApiExamples
{
    private static readonly IReadOnlyDictionary<Type, JsonNode> Examples = SampleRequestExamples.Bodies
        .Concat(SampleResponseExamples.Bodies)
        .ToDictionary(example => example.Key, example => JsonNode.Parse(example.Value)!);

    private static readonly JsonNode MergePatch = JsonNode.Parse(SampleRequestExamples.MergePatch)!;

    public JsonNode? Of(Type type) => Examples.GetValueOrDefault(type)?.DeepClone();

    public JsonNode? MergePatchOf(Type requestType) =>
        SampleRequestExamples.Bodies.ContainsKey(requestType) ? MergePatch.DeepClone() : null;
}
