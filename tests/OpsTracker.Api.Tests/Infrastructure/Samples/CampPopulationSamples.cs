using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The camp-populations the data-driven tests create and change.</summary>
public sealed class CampPopulationSamples : ResourceSamples
{
    public override string Name => "camp-populations";

    public override Task<JsonObject?> ReportPayloadAsync(HttpClient client, long sourceId, long? campId) =>
        Task.FromResult<JsonObject?>(Payloads.CampPopulation(sourceId, campId ?? throw new ArgumentNullException(nameof(campId), "A camp population figure covers a camp.")));

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Payloads.CampPopulation(await client.CreateSourceAsync(), await client.CreateCampAsync(), await client.CreateCampAsync());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:camp-population:changed"),
            ["campIds"] = Payloads.Ids(await client.CreateCampAsync()),
            ["asOf"] = "2019-01-01",
            ["datePrecision"] = "year",
            ["sourceIds"] = Payloads.Ids(await client.CreateSourceAsync()),
            ["count"] = Payloads.Count(70000),
            ["notes"] = "Changed notes.",
        };
}
