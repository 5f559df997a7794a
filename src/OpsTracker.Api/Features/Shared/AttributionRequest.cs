namespace OpsTracker.Api.Features.Shared;

/// <summary>Who a source says made a claim: a force it names, words of its own, or both.</summary>
public sealed class AttributionRequest
{
    /// <summary>The force that made the claim (CENTCOM, the SDF).</summary>
    public long? ForceId { get; init; }

    /// <summary>Who made the claim in words: "research reports", "an anonymous US official".</summary>
    public string? Text { get; init; }
}
