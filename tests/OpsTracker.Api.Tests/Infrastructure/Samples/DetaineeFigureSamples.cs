using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The detainee-figures the data-driven tests create and change.</summary>
public sealed class DetaineeFigureSamples : ResourceSamples
{
    public override string Name => "detainee-figures";

    public override Task<JsonObject?> ReportPayloadAsync(HttpClient client, long sourceId, long? campId) =>
        Task.FromResult<JsonObject?>(Payloads.DetaineeFigure(sourceId));

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Payloads.DetaineeFigure(await client.CreateSourceAsync(), await client.CreateForceAsync());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:detainees:changed"),
            ["asOf"] = "2019-01-01",
            ["datePrecision"] = "year",
            ["facility"] = "al-Sina'a prison",
            ["custodianForceId"] = await client.CreateForceAsync(),
            ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds"), await client.CreateSourceAsync()),
            ["count"] = Payloads.Count(5000, "atLeast", low: 4000),
            ["country"] = "SY",
            ["region"] = "Al-Hasakah",
            ["locality"] = "Ghuwayran",
            ["latitude"] = 36.48,
            ["longitude"] = 40.75,
            ["notes"] = "Changed notes.",
        };
}
