using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>A stats total as answered (<c>{ best, low, high, records }</c>), comparable as a value.</summary>
public sealed record Totals(long Best, long Low, long? High, int Records)
{
    public static Totals Read(JsonNode? node)
    {
        Assert.NotNull(node);
        return new Totals(
            node["best"]!.GetValue<long>(),
            node["low"]!.GetValue<long>(),
            node["high"]?.GetValue<long>(),
            node["records"]!.GetValue<int>());
    }
}
