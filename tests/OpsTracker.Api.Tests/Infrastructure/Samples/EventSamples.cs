using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The events the data-driven tests create and change.</summary>
public sealed class EventSamples : ResourceSamples
{
    public const string Collection = "/api/v1/events";

    public override string Name => "events";

    /// <summary>An event may have no figure: count left out is "at least 0".</summary>
    public override bool DefaultsCount => true;

    public override JsonObject DefaultCount => new() { ["best"] = 0, ["low"] = null, ["high"] = null, ["qualifier"] = "atLeast" };

    /// <summary>Syria joining the Global Coalition as its 90th member, during the president's visit to Washington.</summary>
    public static JsonObject Payload(long sourceId, params long[] forceIds) => new()
    {
        ["externalId"] = Payloads.Unique("test:event"),
        ["title"] = "Syria joins the Global Coalition to Defeat ISIS as its 90th member",
        ["type"] = "coalitionMembership",
        ["forceIds"] = Payloads.Ids(forceIds),
        ["sourceIds"] = Payloads.Ids(sourceId),
        ["count"] = Payloads.Count(90),
        ["startDate"] = "2025-11-10",
        ["endDate"] = null,
        ["datePrecision"] = "day",
        ["country"] = "US",
        ["region"] = "District of Columbia",
        ["locality"] = "Washington",
        ["notes"] = "\"ستصبح العضو التسعين فيه\" (an anonymous US official).",
    };

    public override Task<JsonObject?> ReportPayloadAsync(HttpClient client, long sourceId, long? campId) =>
        Task.FromResult<JsonObject?>(campId is { } camp
            ? Payload(sourceId).With(("type", "campClosure"), ("campId", camp), ("country", "SY"), ("region", "Al-Hasakah"), ("locality", null))
            : Payload(sourceId));

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Payload(await client.CreateSourceAsync(), await client.CreateForceAsync());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:event:changed"),
            ["title"] = "al-Hol camp handed from the SDF to the Syrian government",
            ["type"] = "handover",
            ["forceIds"] = Payloads.Ids(await client.CreateForceAsync(), await client.CreateForceAsync()),
            ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds"), await client.CreateSourceAsync()),
            ["count"] = Payloads.Count(2750, "range", 2500, 3000),
            ["startDate"] = "2025-09-01",
            ["endDate"] = "2025-09-30",
            ["datePrecision"] = "month",
            ["country"] = "SY",
            ["region"] = "Al-Hasakah",
            ["locality"] = "al-Hol",
            ["campId"] = await client.CreateCampAsync(),
            ["latitude"] = 36.37,
            ["longitude"] = 41.15,
            ["notes"] = "Changed notes.",
        };
}
