using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The persons the data-driven tests create and change.</summary>
public sealed class PersonSamples : ResourceSamples
{
    public override string Name => "persons";

    public override async Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Payloads.Person(await client.CreateSourceAsync(), await client.CreateForceAsync());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original)
    {
        var sourceId = await client.CreateSourceAsync();
        var forceId = await client.CreateForceAsync();
        return new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:person:changed"),
            ["name"] = "Brad Cooper",
            ["aliases"] = Payloads.Strings("براد كوبر"),
            ["nationality"] = "US",
            ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = "قائد القيادة المركزية الأمريكية", ["locator"] = null, ["credibility"] = 6 }),
            ["roles"] = new JsonArray(
                new JsonObject
                {
                    ["title"] = "الجنرال",
                    ["forceId"] = forceId,
                    ["from"] = "2025-08-01",
                    ["to"] = null,
                    ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = "الجنرال براد كوبر", ["locator"] = null, ["credibility"] = 6 }),
                },
                new JsonObject
                {
                    ["title"] = "الأدميرال",
                    ["forceId"] = forceId,
                    ["from"] = null,
                    ["to"] = null,
                    ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = FirstId(original, "sourceIds"), ["quote"] = "الأدميرال براد كوبر", ["locator"] = null, ["credibility"] = 6 }),
                }),
            ["notes"] = "Changed notes.",
        };
    }
}
