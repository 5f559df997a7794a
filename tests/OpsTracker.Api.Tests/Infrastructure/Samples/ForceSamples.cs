using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The forces the data-driven tests create and change.</summary>
public sealed class ForceSamples : ResourceSamples
{
    public override string Name => "forces";

    public override Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Task.FromResult(Payloads.Force());

    public override async Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:force:changed"),
            ["name"] = Payloads.Unique("Combined Joint Task Force – Operation Inherent Resolve"),
            ["acronym"] = "CJTF-OIR",
            ["aliases"] = Payloads.Strings("قوة المهام المشتركة – عملية العزم الصلب"),
            ["kind"] = "coalition",
            ["parentId"] = await client.CreateForceAsync(),
            ["notes"] = "Changed notes.",
        };
}
