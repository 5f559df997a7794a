using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>An RFC 9457 problem answer, read: its status, title, detail, field errors and the whole body.</summary>
public sealed class ApiProblem
{
    public ApiProblem(JsonObject body)
    {
        Body = body;
        Status = body["status"]?.GetValue<int>();
        Title = body["title"]?.GetValue<string>();
        Detail = body["detail"]?.GetValue<string>();
        Errors = body["errors"] is JsonObject errors
            ? errors.ToDictionary(
                pair => pair.Key,
                pair => pair.Value!.AsArray().Select(message => message!.GetValue<string>()).ToArray(),
                StringComparer.Ordinal)
            : new Dictionary<string, string[]>(StringComparer.Ordinal);
    }

    public JsonObject Body { get; }
    public int? Status { get; }
    public string? Title { get; }
    public string? Detail { get; }

    /// <summary>Field path to messages, as in the answer's <c>errors</c>; empty when it has none.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The messages on <paramref name="field"/>, failing if the answer has none there.</summary>
    public string[] MessagesFor(string field)
    {
        Assert.True(Errors.TryGetValue(field, out var messages),
            $"Expected an error on '{field}', got errors on: {string.Join(", ", Errors.Keys)}. Body: {Body.ToJsonString()}");
        return messages!;
    }
}
