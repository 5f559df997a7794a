using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Auth;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>
/// What the fuzzer aims at: one stored record of each resource (for the operations on <c>{id}</c>), a valid body for
/// each resource (its references made and kept), and a reader key, all made through the API before the run.
/// </summary>
public sealed class FuzzFixtures
{
    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _payloads = new(StringComparer.Ordinal);

    private FuzzFixtures(string readerKey) => ReaderKey = readerKey;

    /// <summary>A key with the reader role, besides the admin key every other request sends.</summary>
    public string ReaderKey { get; }

    public static async Task<FuzzFixtures> CreateAsync(HttpClient client)
    {
        var readerKey = await client.CreateKeyAsync("reader", "fuzz-reader");
        var fixtures = new FuzzFixtures(readerKey.Key());
        fixtures._ids[AccessCalls.KeysPath] = (await client.CreateKeyAsync("editor", "fuzz-target")).Id();
        fixtures._payloads[AccessCalls.KeysPath] = new JsonObject { ["name"] = "fuzz key", ["role"] = "reader" };
        foreach (var resource in ResourceCatalogue.All)
        {
            var payload = await resource.NewPayloadAsync(client);
            fixtures._ids[resource.Collection] = await client.CreateIdAsync(resource.Collection, payload);
            var body = payload.Without("externalId");
            if (resource.Name == "arrests")
            {
                // The fuzzer fills the person fields, and a record that names a person counts one.
                body["count"] = new JsonObject { ["best"] = 1 };
            }

            fixtures._payloads[resource.Collection] = body;
        }

        return fixtures;
    }

    /// <summary>The stored record of the collection an operation on <c>{id}</c> is aimed at, or null.</summary>
    public long? IdIn(string collection) => _ids.TryGetValue(collection, out var id) ? id : null;

    /// <summary>A copy of a valid body for the collection (or for the resource an import at <c>/api/v1/imports/{name}</c> loads), or null.</summary>
    public JsonObject? PayloadFor(string collection)
    {
        var key = collection.StartsWith("/api/v1/imports/", StringComparison.Ordinal)
            ? "/api/v1/" + collection["/api/v1/imports/".Length..]
            : collection;
        return _payloads.TryGetValue(key, out var payload) ? (JsonObject)payload.DeepClone() : null;
    }
}
