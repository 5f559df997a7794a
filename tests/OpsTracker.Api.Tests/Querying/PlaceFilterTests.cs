using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>country, region and campId: where a record happened, and which camps a figure covers.</summary>
public sealed class PlaceFilterTests(PlaceFilterData data) : IClassFixture<PlaceFilterData>
{
    public static TheoryData<string> PlacedResources => new(PlaceFilterData.PlacedResources);

    private HttpClient Client => data.Client;

    [Theory]
    [MemberData(nameof(PlacedResources))]
    public async Task Country_matches_any_of_the_codes_given_comma_separated_or_repeated(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;

        Assert.Equal(Ids(name, "syriaHasakahInHol", "syriaDeirEzZor"), await Client.ListIdsAsync(collection, "country=SY"));
        Assert.Equal(Ids(name, "iraqNinevehInJeddah", "iraqNoRegion"), await Client.ListIdsAsync(collection, "country=IQ"));
        Assert.Equal(await Client.ListIdsAsync(collection), await Client.ListIdsAsync(collection, "country=SY,IQ"));
        Assert.Equal(await Client.ListIdsAsync(collection), await Client.ListIdsAsync(collection, "country=IQ&country=SY"));
        Assert.Empty(await Client.ListIdsAsync(collection, "country=TR"));
    }

    [Theory]
    [MemberData(nameof(PlacedResources))]
    public async Task Region_matches_regions_exactly_as_stored(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;

        Assert.Equal(Ids(name, "syriaHasakahInHol"), await Client.ListIdsAsync(collection, "region=Al-Hasakah"));
        Assert.Equal(Ids(name, "syriaHasakahInHol", "iraqNinevehInJeddah"), await Client.ListIdsAsync(collection, "region=Nineveh,Al-Hasakah"));
        Assert.Equal(Ids(name, "syriaDeirEzZor"), await Client.ListIdsAsync(collection, $"region={Uri.EscapeDataString("Deir ez-Zor")}"));
        Assert.Empty(await Client.ListIdsAsync(collection, "region=al-hasakah"));
        Assert.Empty(await Client.ListIdsAsync(collection, "region=Hasakah"));
    }

    [Theory]
    [MemberData(nameof(PlacedResources))]
    public async Task Camp_id_matches_records_placed_in_one_of_the_camps(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;

        Assert.Equal(Ids(name, "syriaHasakahInHol"), await Client.ListIdsAsync(collection, $"campId={data.HolCampId}"));
        Assert.Equal(Ids(name, "syriaHasakahInHol", "iraqNinevehInJeddah"), await Client.ListIdsAsync(collection, $"campId={data.JeddahCampId},{data.HolCampId}"));
        Assert.Empty(await Client.ListIdsAsync(collection, $"campId={data.UnplacedCampId}"));
        Assert.Empty(await Client.ListIdsAsync(collection, "campId=999999"));
    }

    [Theory]
    [MemberData(nameof(PlacedResources))]
    public async Task Place_filters_combine_with_and(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;

        Assert.Equal(Ids(name, "iraqNinevehInJeddah"), await Client.ListIdsAsync(collection, $"country=IQ&campId={data.JeddahCampId},{data.HolCampId}"));
        Assert.Empty(await Client.ListIdsAsync(collection, "country=SY&region=Nineveh"));
    }

    [Fact]
    public async Task Camp_id_matches_camp_population_figures_covering_one_of_the_camps()
    {
        var figures = data.CampPopulations;

        Assert.Equal([figures["hol"], figures["holAndJeddah"]], await Client.ListIdsAsync(Paths.CampPopulations, $"campId={data.HolCampId}"));
        Assert.Equal([figures["holAndJeddah"], figures["jeddah"]], await Client.ListIdsAsync(Paths.CampPopulations, $"campId={data.JeddahCampId}"));
        Assert.Equal([figures["hol"], figures["holAndJeddah"], figures["jeddah"]],
            await Client.ListIdsAsync(Paths.CampPopulations, $"campId={data.HolCampId}&campId={data.JeddahCampId}"));
    }

    [Fact]
    public async Task Camps_filter_by_their_own_country_and_region()
    {
        Assert.Equal([data.HolCampId], await Client.ListIdsAsync(Paths.Camps, "country=SY"));
        Assert.Equal([data.HolCampId, data.JeddahCampId], await Client.ListIdsAsync(Paths.Camps, "country=SY,IQ"));
        Assert.Equal([data.JeddahCampId], await Client.ListIdsAsync(Paths.Camps, "region=Nineveh"));
    }

    [Theory]
    [InlineData(Paths.Operations, "sy")]
    [InlineData(Paths.Casualties, "SYR")]
    [InlineData(Paths.Arrests, "XX")]
    [InlineData(Paths.DetaineeFigures, "SY,iq")]
    [InlineData(Paths.Camps, "Syria")]
    public async Task A_country_that_is_not_an_assigned_upper_case_code_answers_400_naming_country(string collection, string value)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?country={value}", "country");

        var bad = value.Split(',').Last();
        Assert.Equal([$"'{bad}' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ)."], problem.MessagesFor("country"));
    }

    [Theory]
    [InlineData(Paths.Operations, "country", "SY,,IQ")]
    [InlineData(Paths.Casualties, "region", "")]
    [InlineData(Paths.Arrests, "campId", "1,")]
    public async Task An_empty_item_in_a_list_answers_400_naming_the_parameter(string collection, string parameter, string value)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?{parameter}={value}", parameter);

        Assert.Equal([$"{parameter} has an empty value; give one or more values separated by commas."], problem.MessagesFor(parameter));
    }

    [Theory]
    [InlineData(Paths.Operations, "abc")]
    [InlineData(Paths.Casualties, "0")]
    [InlineData(Paths.Arrests, "1.5")]
    [InlineData(Paths.DetaineeFigures, "-3")]
    [InlineData(Paths.CampPopulations, "1,x")]
    public async Task A_camp_id_that_is_not_a_positive_whole_number_answers_400_naming_camp_id(string collection, string value)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?campId={value}", "campId");

        var bad = value.Split(',').Last();
        Assert.Equal([$"'{bad}' is not a record id (a positive whole number)."], problem.MessagesFor("campId"));
    }

    private List<long> Ids(string name, params string[] labels) => labels.Select(label => data.Records[name][label]).ToList();
}
