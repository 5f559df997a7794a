using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// from and to: periods (operations, casualties, arrests) match when [startDate, endDate or startDate] overlaps
/// [from, to]; figures when asOf lies in it; sources when they were published in it.
/// </summary>
public sealed class PeriodFilterTests(PeriodFilterData data) : IClassFixture<PeriodFilterData>
{
    private HttpClient Client => data.Client;

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task From_and_to_match_every_period_that_overlaps_the_range(string name)
    {
        var ids = await Client.ListIdsAsync(ResourceCatalogue.Get(name).Collection, "from=2025-10-01&to=2025-10-31");

        Assert.Equal(PeriodIds(name, "straddlingFrom", "endingOnFrom", "dayInside", "straddlingTo", "startingOnTo", "enclosing",
            "openEndingInside", "openEndingOnFrom"), ids);
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.PeriodNames), MemberType = typeof(ResourceCatalogue))]
    public async Task From_alone_matches_periods_that_end_on_or_after_it_and_to_alone_those_that_start_on_or_before_it(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;

        var fromOnly = await Client.ListIdsAsync(collection, "from=2025-10-31");
        var toOnly = await Client.ListIdsAsync(collection, "to=2025-09-30");

        Assert.Equal(PeriodIds(name, "straddlingTo", "startingOnTo", "enclosing", "after"), fromOnly);
        Assert.Equal(PeriodIds(name, "straddlingFrom", "endingOnFrom", "dayBefore", "enclosing", "endingBefore", "openEndingBefore"), toOnly);
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.DatedFigureNames), MemberType = typeof(ResourceCatalogue))]
    public async Task From_and_to_match_figures_whose_as_of_date_lies_in_the_range(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;
        var figures = data.Figures[name];

        var inJuly = await Client.ListIdsAsync(collection, "from=2025-07-01&to=2025-07-31");
        var fromOnly = await Client.ListIdsAsync(collection, "from=2025-07-31");
        var toOnly = await Client.ListIdsAsync(collection, "to=2025-06-30");

        Assert.Equal([figures["2025-07-01"], figures["2025-07-15"], figures["2025-07-31"]], inJuly);
        Assert.Equal([figures["2025-07-31"], figures["2025-08-01"]], fromOnly);
        Assert.Equal([figures["2025-06-30"]], toOnly);
    }

    [Fact]
    public async Task From_and_to_match_sources_published_in_the_range_and_never_undated_ones()
    {
        var sources = data.Sources;

        Assert.Equal([sources["2024-04-01"], sources["2024-04-30"]], await Client.ListIdsAsync(Paths.Sources, "from=2024-04-01&to=2024-04-30"));
        Assert.Equal([sources["2024-03-31"]], await Client.ListIdsAsync(Paths.Sources, "to=2024-03-31"));
        Assert.DoesNotContain(sources["undated"], await Client.ListIdsAsync(Paths.Sources, "from=2000-01-01"));
        Assert.Contains(sources["undated"], await Client.ListIdsAsync(Paths.Sources));
    }

    [Theory]
    [InlineData(Paths.Casualties, "from", "2025-13-01")]
    [InlineData(Paths.Operations, "to", "13/11/2025")]
    [InlineData(Paths.Arrests, "from", "2025-11-13T00:00:00Z")]
    [InlineData(Paths.DetaineeFigures, "from", "2025-02-30")]
    [InlineData(Paths.CampPopulations, "to", "yesterday")]
    [InlineData(Paths.Sources, "from", "20251113")]
    [InlineData(Paths.Casualties, "from", "")]
    public async Task A_date_that_is_not_yyyy_mm_dd_answers_400_naming_its_parameter(string collection, string parameter, string value)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?{parameter}={Uri.EscapeDataString(value)}", parameter);

        Assert.Equal([$"'{value}' is not a date in the form YYYY-MM-DD."], problem.MessagesFor(parameter));
    }

    [Theory]
    [InlineData(Paths.Operations)]
    [InlineData(Paths.Casualties)]
    [InlineData(Paths.Arrests)]
    [InlineData(Paths.DetaineeFigures)]
    [InlineData(Paths.CampPopulations)]
    [InlineData(Paths.Sources)]
    public async Task To_before_from_answers_400_on_to(string collection)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?from=2025-10-31&to=2025-10-01", "to");

        Assert.Equal(["to cannot be before from."], problem.MessagesFor("to"));
    }

    [Fact]
    public async Task Bad_values_in_from_and_to_are_reported_together_and_a_repeated_date_is_refused()
    {
        var both = await Client.AssertRefusedAsync($"{Paths.Casualties}?from=1%2F10%2F2025&to=31.10.2025", "from", "to");
        var twice = await Client.AssertRefusedAsync($"{Paths.Casualties}?from=2025-10-01&from=2025-10-02", "from");

        Assert.Equal(["'1/10/2025' is not a date in the form YYYY-MM-DD."], both.MessagesFor("from"));
        Assert.Equal(["Give from once."], twice.MessagesFor("from"));
    }

    private List<long> PeriodIds(string name, params string[] labels) => labels.Select(label => data.Periods[name][label]).ToList();
}
