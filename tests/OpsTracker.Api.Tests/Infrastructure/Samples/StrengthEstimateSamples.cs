using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The strength estimates the data-driven tests create and change.</summary>
public sealed class StrengthEstimateSamples : ResourceSamples
{
    public const string Collection = "/api/v1/strength-estimates";

    public override string Name => "strength-estimates";

    /// <summary>About 2,500–3,000 fighters of the force in Syria and Iraq together in 2025, as the Shafaq News report gives it.</summary>
    public static JsonObject Payload(long sourceId, long forceId) => new()
    {
        ["externalId"] = Payloads.Unique("test:strength-estimate"),
        ["forceId"] = forceId,
        ["countries"] = Payloads.Strings("SY", "IQ"),
        ["region"] = null,
        ["asOf"] = "2025-01-01",
        ["datePrecision"] = "year",
        ["sourceIds"] = Payloads.Ids(sourceId),
        ["count"] = Payloads.Count(2750, "range", 2500, 3000),
        ["notes"] = "About 2,500–3,000 active fighters in Syria and Iraq in 2025 (research reports).",
    };

    /// <summary>Refers to a new force of kind other, which no force-kind filter test counts.</summary>
    public override async Task<JsonObject?> ReportPayloadAsync(HttpClient client, long sourceId, long? campId) =>
        Payload(sourceId, await client.CreateIdAsync(Paths.Forces, Payloads.Force().With(("kind", "other"))));

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Payload(await client.CreateSourceAsync(), await client.CreateForceAsync());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:strength-estimate:changed"),
            ["forceId"] = await client.CreateForceAsync(),
            ["countries"] = Payloads.Strings("IQ"),
            ["region"] = "Anbar",
            ["asOf"] = "2024-07-01",
            ["datePrecision"] = "month",
            ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds"), await client.CreateSourceAsync()),
            ["count"] = Payloads.Count(500, "atMost"),
            ["notes"] = "Changed notes.",
        };
}
