using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure.Samples;

/// <summary>The camps the data-driven tests create and change.</summary>
public sealed class CampSamples : ResourceSamples
{
    public override string Name => "camps";

    public override Task<JsonObject> NewPayloadAsync(HttpClient client) =>
        Task.FromResult(Payloads.Camp());

    public override Task<JsonObject> ChangedPayloadAsync(HttpClient client, JsonObject original) =>
        Task.FromResult(new JsonObject
        {
            ["externalId"] = Payloads.Unique("test:camp:changed"),
            ["name"] = Payloads.Unique("Roj"),
            ["aliases"] = Payloads.Strings("روج"),
            ["country"] = "IQ",
            ["region"] = "Nineveh",
            ["latitude"] = -12.5,
            ["longitude"] = -170.25,
            ["notes"] = "Changed notes.",
        });
}
