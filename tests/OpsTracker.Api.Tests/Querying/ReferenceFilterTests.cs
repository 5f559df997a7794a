using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>forceId, operationId, sourceId and parentId: records that refer to one of the given records.</summary>
public sealed class ReferenceFilterTests(ReferenceFilterData data) : IClassFixture<ReferenceFilterData>
{
    private HttpClient Client => data.Client;

    [Fact]
    public async Task Force_id_on_operations_matches_operations_conducted_by_one_of_the_forces()
    {
        Assert.Equal(Ids("opA", "opAB"), await List(Paths.Operations, "forceId", "forceA"));
        Assert.Equal(Ids("opB", "opAB"), await List(Paths.Operations, "forceId", "forceB"));
        Assert.Equal(Ids("opA", "opB", "opAB"), await List(Paths.Operations, "forceId", "forceA", "forceB"));
        Assert.Empty(await List(Paths.Operations, "forceId", "child"));
    }

    [Fact]
    public async Task Force_id_on_casualties_matches_records_tied_to_an_operation_the_force_conducted()
    {
        Assert.Equal(Ids("casualtyInOpA", "casualtyInOpAB"), await List(Paths.Casualties, "forceId", "forceA"));
        Assert.Equal(Ids("casualtyInOpB", "casualtyInOpAB"), await List(Paths.Casualties, "forceId", "forceB"));
        Assert.Empty(await List(Paths.Casualties, "forceId", "grandchild"));
    }

    [Fact]
    public async Task Force_id_on_arrests_matches_arrests_made_by_the_force_or_in_an_operation_it_conducted()
    {
        Assert.Equal(Ids("arrestByA", "arrestByBInOpA"), await List(Paths.Arrests, "forceId", "forceA"));
        Assert.Equal(Ids("arrestInOpB", "arrestByBInOpA"), await List(Paths.Arrests, "forceId", "forceB"));
        Assert.Equal(Ids("arrestByA", "arrestInOpB", "arrestByBInOpA"), await List(Paths.Arrests, "forceId", "forceB", "forceA"));
    }

    [Fact]
    public async Task Force_id_on_detainee_figures_matches_detainees_held_by_one_of_the_forces()
    {
        Assert.Equal(Ids("detaineesHeldByA"), await List(Paths.DetaineeFigures, "forceId", "forceA"));
        Assert.Equal(Ids("detaineesHeldByA", "detaineesHeldByB"), await List(Paths.DetaineeFigures, "forceId", "forceA", "forceB"));
    }

    [Fact]
    public async Task Operation_id_matches_casualties_and_arrests_tied_to_one_of_the_operations()
    {
        Assert.Equal(Ids("casualtyInOpA"), await List(Paths.Casualties, "operationId", "opA"));
        Assert.Equal(Ids("casualtyInOpA", "casualtyInOpB"), await List(Paths.Casualties, "operationId", "opB", "opA"));
        Assert.Equal(Ids("arrestInOpB"), await List(Paths.Arrests, "operationId", "opB"));
        Assert.Empty(await List(Paths.Arrests, "operationId", "opNone"));
    }

    [Theory]
    [InlineData(Paths.Operations, "s1", "opA,opAB")]
    [InlineData(Paths.Operations, "s2,s3", "opB,opAB,opNone")]
    [InlineData(Paths.Casualties, "s3", "casualtyNoOp,casualtyInOpAB")]
    [InlineData(Paths.Arrests, "s1", "arrestByA,arrestNoForce")]
    [InlineData(Paths.DetaineeFigures, "s2", "detaineesHeldByB")]
    [InlineData(Paths.CampPopulations, "s3", "populationS2S3")]
    [InlineData(Paths.CampPopulations, "s1,s2", "populationS1,populationS2S3")]
    public async Task Source_id_matches_records_citing_one_of_the_sources(string collection, string sources, string expected) =>
        Assert.Equal(Ids(expected.Split(',')), await List(collection, "sourceId", sources.Split(',')));

    [Fact]
    public async Task Parent_id_matches_forces_directly_under_one_of_the_forces()
    {
        Assert.Equal(Ids("child"), await List(Paths.Forces, "parentId", "forceA"));
        Assert.Equal(Ids("grandchild"), await List(Paths.Forces, "parentId", "child"));
        Assert.Equal(Ids("child", "grandchild"), await List(Paths.Forces, "parentId", "child", "forceA"));
    }

    [Fact]
    public async Task Reference_filters_combine_with_and()
    {
        var query = $"forceId={data.Ids["forceA"]}&sourceId={data.Ids["s3"]}";

        Assert.Equal(Ids("arrestByBInOpA"), await Client.ListIdsAsync(Paths.Arrests, query));
        Assert.Equal(Ids("casualtyInOpAB"), await Client.ListIdsAsync(Paths.Casualties, query));
        Assert.Empty(await Client.ListIdsAsync(Paths.Operations, query));
    }

    [Theory]
    [InlineData(Paths.Operations, "forceId", "abc")]
    [InlineData(Paths.Casualties, "operationId", "op1")]
    [InlineData(Paths.CampPopulations, "sourceId", "0")]
    [InlineData(Paths.Forces, "parentId", "-1")]
    [InlineData(Paths.DetaineeFigures, "forceId", "9223372036854775808")]
    [InlineData(Paths.Arrests, "sourceId", "1;2")]
    [InlineData(Paths.Arrests, "operationId", "0x10")]
    public async Task An_id_that_is_not_a_positive_whole_number_answers_400_naming_the_parameter(string collection, string parameter, string value)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?{parameter}={Uri.EscapeDataString(value)}", parameter);

        Assert.Equal([$"'{value}' is not a record id (a positive whole number)."], problem.MessagesFor(parameter));
    }

    private Task<List<long>> List(string collection, string parameter, params string[] labels) =>
        Client.ListIdsAsync(collection, $"{parameter}={string.Join(',', labels.Select(label => data.Ids[label]))}");

    private List<long> Ids(params string[] labels) => labels.Select(label => data.Ids[label]).ToList();
}
