using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>Paging edge cases of the list endpoints, which every resource shares.</summary>
public sealed class PagingTests : ApiTest
{
    [Fact]
    public async Task A_page_past_the_end_answers_an_empty_page_with_the_total_count()
    {
        await Client.CreateSourceAsync();

        var page = await Client.GetObjectAsync($"{Paths.Sources}?page=2&pageSize=1");

        Assert.Equal(2, page["page"]!.GetValue<int>());
        Assert.Equal(1, page["totalCount"]!.GetValue<int>());
        Assert.Empty(page["items"]!.AsArray());
    }

    [Fact]
    public async Task The_largest_page_number_answers_an_empty_page_rather_than_wrapping_around_to_the_first()
    {
        await Client.CreateSourceAsync();

        var page = await Client.GetObjectAsync($"{Paths.Sources}?page={int.MaxValue}&pageSize=50");

        Assert.Equal(int.MaxValue, page["page"]!.GetValue<int>());
        Assert.Equal(1, page["totalCount"]!.GetValue<int>());
        Assert.Empty(page["items"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_query_parameter_answers_400_naming_it_and_listing_the_parameters()
    {
        await Client.CreateSourceAsync();

        using var response = await Client.GetAsync($"{Paths.Sources}?country=SY&sort=title");

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "country");
        var message = Assert.Single(problem.MessagesFor("country"));
        Assert.Contains("'country' is not a parameter here", message);
        Assert.Contains("minReliability", message);
    }
}
