using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.Transfers;

/// <summary>
/// <c>GET /api/v1/stats/transfers</c>: one bucket per interval of the transfers' startDates, individuals and families
/// apart (never added together), each with the bounds of its counts; the list's filters; 400s naming the parameter.
/// </summary>
public sealed class TransferTotalsTests : ApiTest
{
    private const string Totals = "/api/v1/stats/transfers";

    [Fact]
    public async Task Families_and_individuals_are_totalled_apart_per_month_with_their_bounds()
    {
        var sourceId = await Client.CreateSourceAsync();
        var alHol = await Client.CreateCampAsync();
        var roj = await Client.CreateCampAsync();
        await CreateAsync(sourceId, alHol, "families", "2025-04-22", Payloads.Count(180));
        await CreateAsync(sourceId, alHol, "families", "2025-04-28", Payloads.Count(300, "range", 300, 900));
        await CreateAsync(sourceId, alHol, "individuals", "2025-06-02", Payloads.Count(617));
        await CreateAsync(sourceId, roj, "individuals", "2025-06-10", Payloads.Count(14, "atLeast"));

        var all = await Client.GetObjectAsync(Totals);

        Assert.Equal(("month", "2025-04-22", "2025-06-10"), (all["interval"]!.GetValue<string>(), all["from"]!.GetValue<string>(), all["to"]!.GetValue<string>()));
        var individuals = Unit(all, "individuals");
        var families = Unit(all, "families");
        Assert.Equal("""{"best":631,"low":631,"high":null,"records":2}""", individuals["total"]!.ToJsonString());
        Assert.Equal("""{"best":480,"low":480,"high":1080,"records":2}""", families["total"]!.ToJsonString());
        Assert.Equal(
            ["2025-04-01 0 0 0", "2025-05-01 0 0 0", "2025-06-01 631 631 -"],
            Buckets(individuals));
        Assert.Equal(
            ["2025-04-01 480 480 1080", "2025-05-01 0 0 0", "2025-06-01 0 0 0"],
            Buckets(families));

        var fromRoj = await Client.GetObjectAsync($"{Totals}?campId={roj}&interval=year");
        Assert.Equal(["2025-01-01 14 14 -"], Buckets(Unit(fromRoj, "individuals")));
        Assert.Equal(["2025-01-01 0 0 0"], Buckets(Unit(fromRoj, "families")));
        var toIraq = await Client.GetObjectAsync($"{Totals}?country=IQ&unit=families&from=2025-04-25&to=2025-04-30");
        Assert.Equal("""{"best":300,"low":300,"high":900,"records":1}""", Unit(toIraq, "families")["total"]!.ToJsonString());
    }

    [Fact]
    public async Task With_no_transfers_the_units_are_empty()
    {
        var none = await Client.GetObjectAsync($"{Totals}?kind=escape");

        Assert.Equal("""{"interval":"month","from":null,"to":null,"units":[{"unit":"individuals","total":{"best":0,"low":0,"high":0,"records":0},"buckets":[]},{"unit":"families","total":{"best":0,"low":0,"high":0,"records":0},"buckets":[]}]}""",
            none.ToJsonString());
    }

    [Fact]
    public async Task Bad_parameters_are_400s_naming_them()
    {
        await Client.AssertRefusedAsync($"{Totals}?interval=decade", "interval");
        await Client.AssertRefusedAsync($"{Totals}?campId=x&country=XX&colour=red", "campId", "country", "colour");
        await Client.AssertRefusedAsync($"{Totals}?from=2025-05-01&to=2025-04-01", "to");
        await Client.AssertRefusedAsync($"{Totals}?interval=week&from=1900-01-01&to=2025-01-01", "interval");
    }

    private async Task CreateAsync(long sourceId, long campId, string unit, string startDate, JsonObject count) =>
        await Client.CreateIdAsync(TransferSamples.Collection, TransferSamples.Payload(sourceId, campId)
            .With(("unit", unit), ("startDate", startDate), ("count", count), ("externalId", Payloads.Unique("t"))));

    private static JsonObject Unit(JsonObject totals, string unit) =>
        totals["units"]!.AsArray().Single(entry => entry!["unit"]!.GetValue<string>() == unit)!.AsObject();

    private static List<string> Buckets(JsonObject unit) =>
        [.. unit["buckets"]!.AsArray().Select(b => $"{b!["start"]} {b["best"]} {b["low"]} {b["high"]?.ToJsonString() ?? "-"}")];
}
