using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// Enum filters (type, affiliation, outcome, kind, reliability, qualifier) take one or more values, comma-separated
/// or repeated, and match any of them; an unknown value is a 400 that lists the allowed ones.
/// </summary>
public sealed class EnumFilterTests(EnumFilterData data) : IClassFixture<EnumFilterData>
{
    private HttpClient Client => data.Client;

    [Fact]
    public async Task Type_matches_operations_of_any_of_the_types()
    {
        Assert.Equal(Ids("raid"), await Client.ListIdsAsync(Paths.Operations, "type=raid"));
        Assert.Equal(Ids("raid", "airstrike"), await Client.ListIdsAsync(Paths.Operations, "type=airstrike,raid"));
        Assert.Equal(Ids("summary", "other"), await Client.ListIdsAsync(Paths.Operations, "type=other&type=summary"));
        Assert.Empty(await Client.ListIdsAsync(Paths.Operations, "type=adviseAndAssist,groundOperation"));
    }

    [Fact]
    public async Task Affiliation_and_outcome_match_casualties_of_any_of_the_values_given()
    {
        var expected = Ids("isisKilled", "civilianKilled", "civilianWounded");

        Assert.Equal(expected, await Client.ListIdsAsync(Paths.Casualties, "affiliation=isis,civilian"));
        Assert.Equal(expected, await Client.ListIdsAsync(Paths.Casualties, "affiliation=isis&affiliation=civilian"));
        Assert.Equal(Ids("civilianWounded", "partnerForceWounded"), await Client.ListIdsAsync(Paths.Casualties, "outcome=wounded"));
        Assert.Equal(Ids("civilianWounded"), await Client.ListIdsAsync(Paths.Casualties, "affiliation=civilian&outcome=wounded"));
        Assert.Empty(await Client.ListIdsAsync(Paths.Casualties, "affiliation=unknown"));
    }

    [Fact]
    public async Task Kind_and_reliability_match_sources_of_any_of_the_values_given()
    {
        Assert.Equal(Ids("newsReportC", "ngoReportC"), await Client.ListIdsAsync(Paths.Sources, "kind=newsReport,ngoReport"));
        Assert.Equal(Ids("newsReportC", "ngoReportC"), await Client.ListIdsAsync(Paths.Sources, "reliability=C"));
        Assert.Equal(Ids("officialStatementA", "socialMediaE"), await Client.ListIdsAsync(Paths.Sources, "reliability=E&reliability=A"));
        Assert.Equal(Ids("ngoReportC"), await Client.ListIdsAsync(Paths.Sources, "kind=ngoReport,socialMedia&reliability=C"));
    }

    [Fact]
    public async Task Kind_matches_forces_of_any_of_the_kinds()
    {
        Assert.Equal(Ids("coalition"), await Client.ListIdsAsync(Paths.Forces, "kind=coalition"));
        Assert.Equal(Ids("partnerForce", "stateForce"), await Client.ListIdsAsync(Paths.Forces, "kind=stateForce,partnerForce"));
        Assert.Empty(await Client.ListIdsAsync(Paths.Forces, "kind=insurgentGroup"));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Qualifier_matches_counts_qualified_by_any_of_the_values_given(string name)
    {
        var collection = ResourceCatalogue.Get(name).Collection;
        var records = data.Qualified[name];

        Assert.Equal([records["approximately"]], await Client.ListIdsAsync(collection, "qualifier=approximately"));
        Assert.Equal([records["moreThan"]], await Client.ListIdsAsync(collection, "qualifier=moreThan"));
        Assert.Equal([records["exact"], records["moreThan"]],
            (await Client.ListIdsAsync(collection, "qualifier=moreThan,exact")).Where(records.ContainsValue).ToList());
        Assert.Empty(await Client.ListIdsAsync(collection, "qualifier=range,atMost"));
    }

    [Theory]
    [InlineData(Paths.Casualties, "affiliation", "isiss", "isis, civilian, partnerForce, coalition, governmentForce, unknown")]
    [InlineData(Paths.Casualties, "affiliation", "isis,isiss", "isis, civilian, partnerForce, coalition, governmentForce, unknown")]
    [InlineData(Paths.Casualties, "outcome", "dead", "killed, wounded")]
    [InlineData(Paths.Operations, "type", "shelling", "raid, airstrike, groundOperation, adviseAndAssist, securitySweep, summary, other, attack, ambush, bombing, assassination, plot")]
    [InlineData(Paths.Sources, "kind", "blog", "officialStatement, newsReport, ngoReport, researchReport, socialMedia, other")]
    [InlineData(Paths.Sources, "reliability", "G", "A, B, C, D, E, F")]
    [InlineData(Paths.Forces, "kind", "militia", "coalition, stateForce, partnerForce, insurgentGroup, other")]
    [InlineData(Paths.DetaineeFigures, "qualifier", "about", "exact, approximately, atLeast, moreThan, atMost, lessThan, range")]
    [InlineData(Paths.CampPopulations, "qualifier", "1", "exact, approximately, atLeast, moreThan, atMost, lessThan, range")]
    [InlineData(Paths.Arrests, "qualifier", "Exactly", "exact, approximately, atLeast, moreThan, atMost, lessThan, range")]
    public async Task An_unknown_enum_value_answers_400_naming_the_parameter_and_listing_the_allowed_values(
        string collection, string parameter, string value, string allowed)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?{parameter}={value}", parameter);

        var bad = value.Split(',').Last();
        Assert.Equal([$"'{bad}' is not one of the allowed values: {allowed}."], problem.MessagesFor(parameter));
    }

    private List<long> Ids(params string[] labels) => labels.Select(label => data.Ids[label]).ToList();
}
