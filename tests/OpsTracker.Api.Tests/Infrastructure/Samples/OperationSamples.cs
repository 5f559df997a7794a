using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The operations the data-driven tests create and change.</summary>
public sealed class OperationSamples : ResourceSamples
{
    public override string Name => "operations";

    public override bool DefaultsCount => true;

    public override Task<JsonObject?> ReportPayloadAsync(HttpClient client, long sourceId, long? campId) =>
        Task.FromResult<JsonObject?>(Payloads.Operation(sourceId));

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Payloads.Operation(await client.CreateSourceAsync(), await client.CreateForceAsync());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:operation:changed"),
            ["title"] = "Airstrike near al-Bukamal",
            ["type"] = "airstrike",
            ["forceIds"] = Payloads.Ids(await client.CreateForceAsync(), await client.CreateForceAsync()),
            ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds"), await client.CreateSourceAsync()),
            ["count"] = Payloads.Count(2750, "range", 2500, 3000),
            ["startDate"] = "2025-09-01",
            ["endDate"] = "2025-09-30",
            ["datePrecision"] = "month",
            ["country"] = "IQ",
            ["region"] = "Anbar",
            ["locality"] = "al-Qa'im",
            ["latitude"] = 34.37,
            ["longitude"] = 41.09,
            ["notes"] = "Changed notes.",
        };
}
