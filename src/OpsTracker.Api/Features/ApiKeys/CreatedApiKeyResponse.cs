using System.Text.Json.Serialization;

namespace OpsTracker.Api.Features.ApiKeys;

/// <summary>The answer to creating a key: the only time the key itself is shown.</summary>
public sealed class CreatedApiKeyResponse : ApiKeyResponse
{
    /// <summary>The key to send in X-Api-Key. It is not stored and cannot be shown again: keep it now.</summary>
    // Last, after the fields every key response has (System.Text.Json writes a derived class's own properties first).
    [JsonPropertyOrder(1)]
    public required string Key { get; init; }
}
