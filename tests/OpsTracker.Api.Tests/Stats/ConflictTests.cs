using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Stats;

/// <summary>
/// GET /api/v1/stats/conflicts: pairs of records of one kind reporting the same figure (place, forces) for
/// overlapping dates whose counts' bounds do not overlap, with both records' citations; for every figure kind.
/// </summary>
public sealed class ConflictTests : ApiTest
{
    private const string Conflicts = "/api/v1/stats/conflicts";

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Records_of_one_figure_whose_bounds_do_not_overlap_conflict_with_both_citations(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var other = await Client.CreateSourceAsync();
        async Task<long> Create(JsonObject count, params (string Field, JsonNode? Value)[] changes) =>
            (await Client.CreateAsync(resource.Collection, payload.With(("externalId", Payloads.Unique("conflict")), ("count", count)).With(changes))).Id();

        var ten = await Create(Payloads.Count(10));
        var moreThanTwenty = await Create(Payloads.Count(20, "moreThan"),
            ("sourceIds", null), ("citations", new JsonArray(new JsonObject { ["sourceId"] = other, ["quote"] = "أكثر من 20" })));
        var aboutTen = await Create(Payloads.Count(10, "range", low: 8, high: 12));

        var answer = await Client.GetObjectAsync($"{Conflicts}?kind={name}");
        var pairs = answer["items"]!.AsArray();
        Assert.Equal(
            [(ten, moreThanTwenty), (moreThanTwenty, aboutTen)],
            pairs.Select(pair => (pair!["first"]!["id"]!.GetValue<long>(), pair["second"]!["id"]!.GetValue<long>())));
        Assert.Equal(2, answer["totalCount"]!.GetValue<int>());

        var first = pairs[0]!["first"]!;
        var second = pairs[0]!["second"]!;
        Assert.Equal("""{"best":10,"low":null,"high":null,"qualifier":"exact"}""", first["count"].Text());
        Assert.Equal(10, first["low"]!.GetValue<long>());
        Assert.Equal(21, second["low"]!.GetValue<long>());
        Assert.Null(second["high"]);
        Assert.Equal((await Client.ReadAsync(resource.Collection, ten))["citations"].Text(), first["citations"].Text());
        Assert.Equal("أكثر من 20", second["citations"]![0]!["quote"]!.GetValue<string>());
        Assert.Equal("singleSource", second["status"]!.GetValue<string>());

        // Dates that cannot meet: the kind's own from/to filter leaves the records out.
        var none = await Client.GetObjectAsync($"{Conflicts}?kind={name}&from=1990-01-01&to=1990-12-31");
        Assert.Equal(0, none["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Killed_and_wounded_or_another_region_or_another_year_are_other_figures()
    {
        var sourceId = await Client.CreateSourceAsync();
        var killed = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("count", Payloads.Count(5))));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("outcome", "wounded"), ("count", Payloads.Count(40))));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("region", "Raqqa"), ("count", Payloads.Count(40))));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("startDate", "2024-10-01"), ("endDate", null), ("count", Payloads.Count(40))));
        var sameYear = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(
            ("startDate", "2025-01-01"), ("endDate", null), ("datePrecision", "year"), ("count", Payloads.Count(40))));

        var pairs = (await Client.GetObjectAsync($"{Conflicts}?kind=casualties&country=SY"))["items"]!.AsArray();

        // "In 2025" stands for every day of the year, so it meets the October figure; the others are other figures.
        Assert.Equal([(killed, sameYear)], pairs.Select(pair => (pair!["first"]!["id"]!.GetValue<long>(), pair["second"]!["id"]!.GetValue<long>())));
        Assert.Equal("2025-01-01", pairs[0]!["second"]!["from"]!.GetValue<string>());
        Assert.Equal("2025-12-31", pairs[0]!["second"]!["to"]!.GetValue<string>());
        Assert.Equal(0, (await Client.GetObjectAsync($"{Conflicts}?kind=casualties&country=IQ"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Pairs_are_paged()
    {
        var sourceId = await Client.CreateSourceAsync();
        foreach (var count in new[] { 1, 2, 3 })
        {
            await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).With(("count", Payloads.Count(count))));
        }

        var second = await Client.GetObjectAsync($"{Conflicts}?kind=operations&page=2&pageSize=2");
        Assert.Equal(3, second["totalCount"]!.GetValue<int>());
        Assert.Equal(2, second["page"]!.GetValue<int>());
        var pair = second["items"]!.AsArray().Single()!;
        Assert.Equal((2L, 3L), (pair["first"]!["id"]!.GetValue<long>(), pair["second"]!["id"]!.GetValue<long>()));
    }

    [Theory]
    [InlineData("", "kind")]
    [InlineData("?kind=sources", "kind")]
    [InlineData("?kind=Casualties", "kind")]
    [InlineData("?kind=casualties&from=2025-13-01", "from")]
    [InlineData("?kind=casualties&from=2025-11-01&to=2025-10-01", "to")]
    [InlineData("?kind=casualties&country=Syria", "country")]
    [InlineData("?kind=camp-populations&country=SY", "country")]
    [InlineData("?kind=casualties&pageSize=501", "pageSize")]
    [InlineData("?kind=casualties&outcome=killed", "outcome")]
    public async Task Bad_parameters_are_400s_naming_them(string query, string parameter) =>
        await Client.AssertRefusedAsync($"{Conflicts}{query}", parameter);
}
