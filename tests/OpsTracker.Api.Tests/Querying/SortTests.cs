using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// sort: one or more fields, comma-separated, '-' for descending; ties always broken by id, in the direction of the
/// last sort field, so pages never overlap; an unknown field is a 400 that lists the allowed ones.
/// </summary>
public sealed class SortTests(SortData data) : IClassFixture<SortData>
{
    private HttpClient Client => data.Client;

    [Fact]
    public async Task Without_sort_a_list_is_in_ascending_id_order()
    {
        Assert.Equal(Ids("o1", "o2", "o3", "o4", "o5", "o6"), await Client.ListIdsAsync(Paths.Operations));
    }

    [Fact]
    public async Task One_field_sorts_ascending_and_ties_fall_back_to_ascending_id()
    {
        Assert.Equal(Ids("o2", "o4", "o1", "o3", "o5", "o6"), await Client.ListIdsAsync(Paths.Operations, "sort=startDate"));
        Assert.Equal(Ids("o2", "o1", "o3", "o4", "o5", "o6"), await Client.ListIdsAsync(Paths.Operations, "sort=title"));
    }

    [Fact]
    public async Task A_minus_sorts_descending_and_ties_fall_back_to_descending_id()
    {
        Assert.Equal(Ids("o6", "o5", "o3", "o1", "o4", "o2"), await Client.ListIdsAsync(Paths.Operations, "sort=-startDate"));
        Assert.Equal(Ids("o6", "o5", "o4", "o3", "o2", "o1"), await Client.ListIdsAsync(Paths.Operations, "sort=-id"));
        Assert.Equal(Ids("o6", "o5", "o4", "o3", "o2", "o1"), await Client.ListIdsAsync(Paths.Operations, "sort=-createdAt"));
    }

    [Fact]
    public async Task Several_fields_sort_by_each_in_turn()
    {
        Assert.Equal(Ids("o6", "o3", "o1", "o5", "o2", "o4"), await Client.ListIdsAsync(Paths.Operations, "sort=-startDate,count.best"));
        Assert.Equal(Ids("o6", "o3", "o2", "o5", "o1", "o4"), await Client.ListIdsAsync(Paths.Operations, "sort=count.best,-startDate"));
        Assert.Equal(Ids("o6", "o3", "o2", "o5", "o1", "o4"), await Client.ListIdsAsync(Paths.Operations, "sort=count.best&sort=-startDate"));
    }

    [Fact]
    public async Task Pages_of_a_sorted_list_neither_overlap_nor_skip()
    {
        var paged = new List<long>();
        for (var page = 1; page <= 3; page++)
        {
            var answer = await Client.GetObjectAsync($"{Paths.Operations}?sort=-count.best&pageSize=2&page={page}");
            paged.AddRange(answer["items"]!.AsArray().Select(item => item!["id"]!.GetValue<long>()));
        }

        Assert.Equal(Ids("o5", "o4", "o1", "o3", "o2", "o6"), paged);
    }

    [Fact]
    public async Task Each_resource_sorts_by_its_own_fields()
    {
        Assert.Equal(Ids("sourceA2025", "sourceA2024", "sourceC2025"), await Client.ListIdsAsync(Paths.Sources, "sort=reliability,-publishedOn"));
        Assert.Equal(Ids("sourceA2025", "sourceC2025", "sourceA2024"), await Client.ListIdsAsync(Paths.Sources, "sort=title"));
        Assert.Equal(Ids("forceAlpha", "forceZulu"), await Client.ListIdsAsync(Paths.Forces, "sort=name"));
        Assert.Equal(Ids("campRoj", "campHol"), await Client.ListIdsAsync(Paths.Camps, "sort=-name"));
        Assert.Equal(Ids("figureMay", "figureJune", "figureJuly"), await Client.ListIdsAsync(Paths.DetaineeFigures, "sort=asOf"));
        Assert.Equal(Ids("figureMay", "figureJuly", "figureJune"), await Client.ListIdsAsync(Paths.DetaineeFigures, "sort=-count.best"));
    }

    [Theory]
    [InlineData(Paths.Operations, "colour", "colour")]
    [InlineData(Paths.Operations, "-asOf", "asOf")]
    [InlineData(Paths.Operations, "count", "count")]
    [InlineData(Paths.Operations, "startDate,best", "best")]
    [InlineData(Paths.Casualties, "title", "title")]
    [InlineData(Paths.Sources, "-startDate", "startDate")]
    [InlineData(Paths.Forces, "-", "")]
    public async Task An_unknown_sort_field_answers_400_naming_sort(string collection, string sort, string field)
    {
        var problem = await Client.AssertRefusedAsync($"{collection}?sort={sort}", "sort");

        Assert.StartsWith($"'{field}' is not a sort field of this list. Sort fields: id, externalId, createdAt, updatedAt, ", Assert.Single(problem.MessagesFor("sort")));
    }

    [Fact]
    public async Task The_answer_lists_the_fields_the_list_sorts_by()
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.Operations}?sort=colour", "sort");

        Assert.Equal(
            ["'colour' is not a sort field of this list. Sort fields: id, externalId, createdAt, updatedAt, startDate, endDate, country, region, type, title, count.best."],
            problem.MessagesFor("sort"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("startDate,,id")]
    public async Task An_empty_sort_field_answers_400_naming_sort(string sort)
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.Arrests}?sort={sort}", "sort");

        Assert.Equal(["sort has an empty value; give one or more values separated by commas."], problem.MessagesFor("sort"));
    }

    private List<long> Ids(params string[] labels) => labels.Select(label => data.Ids[label]).ToList();
}
