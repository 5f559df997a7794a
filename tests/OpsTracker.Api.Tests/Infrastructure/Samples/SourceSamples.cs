using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The sources the data-driven tests create and change.</summary>
public sealed class SourceSamples : ResourceSamples
{
    public override string Name => "sources";

    public override Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Task.FromResult(Payloads.Source());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new()
        {
            ["externalId"] = Payloads.Unique("test:source:changed"),
            ["title"] = "تقرير شفق نيوز من دمشق",
            ["publisher"] = "Shafaq News",
            ["url"] = "https://shafaq.com/",
            ["language"] = "ar",
            ["publishedOn"] = "2025-11-14",
            ["kind"] = "newsReport",
            ["reliability"] = "C",
            ["author"] = "شفق نيوز - دمشق",
            ["archiveUrl"] = "https://web.archive.org/web/20251113/https://shafaq.com/",
            ["retrievedOn"] = "2025-11-14",
            ["relaysSourceIds"] = Payloads.Ids(await client.CreateSourceAsync()),
            ["notes"] = "Changed notes.",
        };
}
