using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.StrengthEstimates;

/// <summary>
/// Estimates of ISIS for Syria and Iraq together, for each alone and for a region, and one of another group, from
/// sources graded A and C; the two 2025 estimates of ISIS in Syria and Iraq disagree within that year.
/// </summary>
public sealed class StrengthEstimateListData : SharedApi
{
    /// <summary>Label → id: sourceA, sourceC, isis, hts, and the estimates.</summary>
    public Dictionary<string, long> Ids { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        Ids["sourceA"] = await client.CreateSourceGradedAsync("A");
        Ids["sourceC"] = await client.CreateSourceGradedAsync("C");
        Ids["isis"] = await client.CreateForceAsync("Islamic State", "داعش");
        Ids["hts"] = await client.CreateForceAsync("Hay'at Tahrir al-Sham", "هيئة تحرير الشام");

        await Estimate("isisSyIq2025", "isis", ["SY", "IQ"], null, "2025-01-01", "year", Payloads.Count(2750, "range", 2500, 3000), "sourceC");
        await Estimate("isisSyIq2025June", "isis", ["IQ", "SY"], null, "2025-06-01", "day", Payloads.Count(3000, "approximately"), "sourceA");
        await Estimate("isisSy2024", "isis", ["SY"], null, "2024-07-01", "month", Payloads.Count(1500, "approximately"), "sourceA");
        await Estimate("isisIqAnbar2023", "isis", ["IQ"], "Anbar", "2023-01-01", "year", Payloads.Count(500, "atLeast"), "sourceC");
        await Estimate("htsSy2025", "hts", ["SY"], null, "2025-03-01", "day", Payloads.Count(10000), "sourceA", "sourceC");

        async Task Estimate(string label, string force, string[] countries, string? region, string asOf, string precision, JsonObject count,
            params string[] sources) =>
            Ids[label] = await client.CreateIdAsync(StrengthEstimateSamples.Collection, StrengthEstimateSamples.Payload(Ids[sources[0]], Ids[force]).With(
                ("countries", Payloads.Strings(countries)), ("region", region), ("asOf", asOf), ("datePrecision", precision), ("count", count),
                ("notes", $"Estimate {label}."), ("sourceIds", Payloads.Ids([.. sources.Select(source => Ids[source])]))));
    }
}
