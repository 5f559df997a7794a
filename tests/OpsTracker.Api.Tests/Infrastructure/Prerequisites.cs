using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Creates the records other records refer to (sources, forces, camps, operations) through the API.</summary>
public static class Prerequisites
{
    public static Task<long> CreateSourceAsync(this HttpClient client) => client.CreateIdAsync(Paths.Sources, Payloads.Source());

    /// <summary>A source with the Admiralty grade <paramref name="reliability"/> ("A" to "F").</summary>
    public static Task<long> CreateSourceGradedAsync(this HttpClient client, string reliability) =>
        client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("reliability", reliability)));

    public static Task<long> CreateForceAsync(this HttpClient client, long? parentId = null) =>
        client.CreateIdAsync(Paths.Forces, Payloads.Force(parentId));

    public static Task<long> CreateCampAsync(this HttpClient client) => client.CreateIdAsync(Paths.Camps, Payloads.Camp());

    /// <summary>A camp known by exactly <paramref name="name"/> and <paramref name="aliases"/>, so searches on them are exact.</summary>
    public static Task<long> CreateCampAsync(this HttpClient client, string name, params string[] aliases) =>
        client.CreateIdAsync(Paths.Camps, Payloads.Camp().With(("name", name), ("aliases", Payloads.Strings(aliases)), ("notes", null)));

    /// <summary>A force known by exactly <paramref name="name"/> and <paramref name="aliases"/>, without acronym or notes.</summary>
    public static Task<long> CreateForceAsync(this HttpClient client, string name, params string[] aliases) =>
        client.CreateIdAsync(Paths.Forces, Payloads.Force().With(("name", name), ("aliases", Payloads.Strings(aliases)), ("acronym", null), ("notes", null)));

    /// <summary>A person citing a new source (or <paramref name="sourceId"/>), with one role in a new force.</summary>
    public static async Task<long> CreatePersonAsync(this HttpClient client, long? sourceId = null) =>
        await client.CreateIdAsync(Paths.Persons, Payloads.Person(sourceId ?? await client.CreateSourceAsync(), await client.CreateForceAsync()));

    public static async Task<long> CreateOperationAsync(this HttpClient client, long? sourceId = null) =>
        await client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId ?? await client.CreateSourceAsync()));

    /// <summary>How many records the resource at <paramref name="collection"/> holds, by its list's totalCount.</summary>
    public static async Task<int> CountAsync(this HttpClient client, string collection) =>
        (await client.GetObjectAsync(collection))["totalCount"]!.GetValue<int>();

    /// <summary>Reads a stored record back, failing unless it exists.</summary>
    public static Task<JsonObject> ReadAsync(this HttpClient client, string collection, long id) =>
        client.GetObjectAsync(Paths.Of(collection, id));
}
