using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The casualties the data-driven tests create and change.</summary>
public sealed class CasualtySamples : ResourceSamples
{
    public override string Name => "casualties";

    public override Task<JsonObject?> ReportPayloadAsync(HttpClient client, long sourceId, long? campId) =>
        Task.FromResult<JsonObject?>(Payloads.Casualty(sourceId));

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client)
    {
        var sourceId = await client.CreateSourceAsync();
        return Payloads.Casualty(sourceId, await client.CreateOperationAsync(sourceId));
    }

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:casualty:changed"),
            ["operationId"] = null,
            ["personIds"] = Payloads.Ids(await client.CreatePersonAsync()),
            ["affiliation"] = "civilian",
            ["outcome"] = "wounded",
            ["sourceIds"] = Payloads.Ids(await client.CreateSourceAsync()),
            ["count"] = Payloads.Count(40, "atMost", low: 10),
            ["startDate"] = "2025-10-02",
            ["endDate"] = null,
            ["datePrecision"] = "year",
            ["country"] = "IQ",
            ["region"] = "Nineveh",
            ["locality"] = "Mosul",
            ["latitude"] = 36.34,
            ["longitude"] = 43.13,
            ["notes"] = "Changed notes.",
        };
}
