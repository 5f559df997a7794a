using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The transfers the data-driven tests create and change.</summary>
public sealed class TransferSamples : ResourceSamples
{
    public const string Collection = "/api/v1/transfers";

    public override string Name => "transfers";

    /// <summary>180 families repatriated from the camps to Iraq on one day, as a repatriation report gives it.</summary>
    public static JsonObject Payload(long sourceId, params long[] campIds) => new()
    {
        ["externalId"] = Payloads.Unique("test:transfer"),
        ["kind"] = "repatriation",
        ["unit"] = "families",
        ["startDate"] = "2025-04-22",
        ["endDate"] = null,
        ["datePrecision"] = "day",
        ["fromCampIds"] = Payloads.Ids(campIds),
        ["fromFacility"] = null,
        ["fromForceId"] = null,
        ["fromCountry"] = "SY",
        ["toCountry"] = "IQ",
        ["toForceId"] = null,
        ["sourceIds"] = Payloads.Ids(sourceId),
        ["count"] = Payloads.Count(180),
        ["notes"] = "A new batch of 180 Iraqi families left al-Hol for Iraq.",
    };

    public override Task<JsonObject?> ReportPayloadAsync(HttpClient client, long sourceId, long? campId) =>
        Task.FromResult<JsonObject?>(campId is { } camp ? Payload(sourceId, camp) : Payload(sourceId));

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Payload(await client.CreateSourceAsync(), await client.CreateCampAsync());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:transfer:changed"),
            ["kind"] = "detaineeTransfer",
            ["unit"] = "individuals",
            ["startDate"] = "2025-03-01",
            ["endDate"] = "2025-03-23",
            ["datePrecision"] = "month",
            ["fromCampIds"] = Payloads.Ids(await client.CreateCampAsync(), await client.CreateCampAsync()),
            ["fromFacility"] = "سجن غويران",
            ["fromForceId"] = await client.CreateForceAsync(),
            ["fromCountry"] = "SY",
            ["toCountry"] = "IQ",
            ["toForceId"] = await client.CreateForceAsync(),
            ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds"), await client.CreateSourceAsync()),
            ["count"] = Payloads.Count(200, "range", 200, 999),
            ["notes"] = "Changed notes.",
        };
}
