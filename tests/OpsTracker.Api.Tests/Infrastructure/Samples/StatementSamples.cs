using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The statements the data-driven tests create and change.</summary>
public sealed class StatementSamples : ResourceSamples
{
    public const string Collection = "/api/v1/statements";

    public override string Name => "statements";

    /// <summary>Syria's information minister, in an interview, on Operation Inherent Resolve: the words as Sputnik Arabic quotes them.</summary>
    public static JsonObject Payload(long sourceId, long? personId, params JsonObject[] about) => new()
    {
        ["externalId"] = Payloads.Unique("test:statement"),
        ["personId"] = personId,
        ["forceId"] = null,
        ["madeOn"] = "2025-11-12",
        ["datePrecision"] = "day",
        ["medium"] = "interview",
        ["quote"] = "سوريا ليست جزءا من عملية العزم المتأصل التي تنفذ عمليات هذا التحالف",
        ["summary"] = "Syria is not part of Operation Inherent Resolve.",
        ["about"] = new JsonArray([.. about]),
        ["sourceIds"] = Payloads.Ids(sourceId),
        ["citations"] = new JsonArray(new JsonObject
        {
            ["sourceId"] = sourceId,
            ["quote"] = "وأضاف أن \"سوريا ليست جزءا من عملية العزم المتأصل التي تنفذ عمليات هذا التحالف\"",
            ["locator"] = null,
            ["credibility"] = 6,
        }),
        ["notes"] = "A telephone interview with a US news agency.",
    };

    /// <summary>An about entry: { kind, id }.</summary>
    public static JsonObject About(string kind, long id) => new() { ["kind"] = kind, ["id"] = id };

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Payload(await client.CreateSourceAsync(), await client.CreatePersonAsync(), About("forces", await client.CreateForceAsync()));

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:statement:changed"),
            ["personId"] = await client.CreatePersonAsync(),
            ["forceId"] = await client.CreateForceAsync(),
            ["madeOn"] = "2025-11-01",
            ["datePrecision"] = "month",
            ["medium"] = "socialMedia",
            ["quote"] = "سوريا وقّعت إعلان تعاون سياسي مع التحالف الدولي",
            ["summary"] = "Syria signed a declaration of political cooperation with the coalition.",
            ["about"] = new JsonArray(About("camps", await client.CreateCampAsync()), About("forces", await client.CreateForceAsync())),
            ["sourceIds"] = Payloads.Ids(FirstId(original, "sourceIds"), await client.CreateSourceAsync()),
            ["notes"] = "Changed notes.",
        };
}
