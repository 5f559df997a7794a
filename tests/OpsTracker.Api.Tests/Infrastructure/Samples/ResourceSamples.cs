using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>
/// What the data-driven tests need of one resource that the API cannot tell them: valid bodies to create and change
/// its records. One class per resource; <see cref="ResourceCatalogue"/> finds them and fails, naming the resource,
/// when the API serves one that has none.
/// </summary>
public abstract class ResourceSamples
{
    /// <summary>The route segment under /api/v1: "detainee-figures".</summary>
    public abstract string Name { get; }

    /// <summary>count may be left out and then defaults to <see cref="DefaultCount"/>.</summary>
    public virtual bool DefaultsCount => false;

    /// <summary>
    /// What count left out defaults to, where it may be left out: { best: 1, qualifier: exact } (one operation, one
    /// person arrested), or what the kind says (an event without a figure: { best: 0, qualifier: atLeast }).
    /// </summary>
    public virtual JsonObject DefaultCount => new() { ["best"] = 1, ["low"] = null, ["high"] = null, ["qualifier"] = "exact" };

    /// <summary>A valid body for a new record; creates the sources, forces, camps or operations it cites.</summary>
    public abstract Task<JsonObject> NewPayloadAsync(HttpClient client);

    /// <summary>
    /// A valid PUT body for a record created from the given body, in which every field that can change does (new
    /// references are created through the API).
    /// </summary>
    public abstract Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original);

    /// <summary>
    /// For a report resource: a plain valid body citing <paramref name="sourceId"/> (in <paramref name="campId"/> where
    /// the resource needs a camp), creating through <paramref name="client"/> only what it must refer to; else null.
    /// </summary>
    public virtual Task<JsonObject?> ReportPayloadAsync(HttpClient client, long sourceId, long? campId) => Task.FromResult<JsonObject?>(null);

    /// <summary>The first id of a list field of <paramref name="payload"/>: "sourceIds" → the source it cites first.</summary>
    protected static long FirstId(JsonObject payload, string field) => payload[field]!.AsArray()[0]!.GetValue<long>();
}
