using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The arrests the data-driven tests create and change.</summary>
public sealed class ArrestSamples : ResourceSamples
{
    public override string Name => "arrests";

    public override bool DefaultsCount => true;

    public override Task<JsonObject?> ReportPayloadAsync(HttpClient client, long sourceId, long? campId) =>
        Task.FromResult<JsonObject?>(Payloads.Arrest(sourceId));

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Payloads.Arrest(await client.CreateSourceAsync(), await client.CreateForceAsync());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:arrest:changed"),
            ["operationId"] = await client.CreateOperationAsync(FirstId(original, "sourceIds")),
            ["arrestingForceId"] = await client.CreateForceAsync(),
            ["personIds"] = Payloads.Ids(await client.CreatePersonAsync(FirstId(original, "sourceIds"))),
            ["personName"] = "Bahaa Musiri",
            ["personAlias"] = "أبو عبد الرحمن",
            ["personNationality"] = "IQ",
            ["personRole"] = "ISIS leader",
            ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds")),
            ["count"] = Payloads.Count(1, "exact"),
            ["startDate"] = "2025-11-08",
            ["endDate"] = "2025-11-08",
            ["datePrecision"] = "day",
            ["country"] = "SY",
            ["region"] = "Al-Hasakah",
            ["locality"] = "al-Hol camp",
            ["latitude"] = 36.3733,
            ["longitude"] = 41.1442,
            ["notes"] = "Changed notes.",
        };
}
