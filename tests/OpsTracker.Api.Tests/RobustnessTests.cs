using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests;

/// <summary>Client input at the extremes is answered with 4xx problems, never a 500.</summary>
public sealed class RobustnessTests()
    : ApiTest(ReusedApis.Rent(("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Critical")))
{
    // More ids than SQLite accepts as parameters of one statement (32766).
    private const int ManyIds = 33_000;

    [Fact]
    public async Task A_very_long_list_of_source_ids_answers_400_not_500()
    {
        var sourceId = await Client.CreateSourceAsync();
        var ids = Payloads.Ids([sourceId, .. Enumerable.Range(1, ManyIds).Select(i => sourceId + i)]);

        using var response = await Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("sourceIds", ids)));

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "sourceIds");
        Assert.Equal(["List at most 1000 sources."], problem.MessagesFor("sourceIds"));
        Assert.Equal(0, await Client.CountAsync(Paths.Casualties));
    }

    [Fact]
    public async Task The_longest_allowed_list_of_source_ids_is_checked_id_by_id()
    {
        var sourceId = await Client.CreateSourceAsync();
        var ids = Payloads.Ids([sourceId, .. Enumerable.Range(1, 999).Select(i => sourceId + i)]);

        using var response = await Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("sourceIds", ids)));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([$"There is no source with id {sourceId + 1}."], problem.MessagesFor("sourceIds[1]"));
        Assert.Equal([$"There is no source with id {sourceId + 999}."], problem.MessagesFor("sourceIds[999]"));
        Assert.Equal(0, await Client.CountAsync(Paths.Casualties));
    }

    [Fact]
    public async Task Numbers_out_of_range_for_their_field_answer_400_on_the_field()
    {
        var sourceId = await Client.CreateSourceAsync();
        var payload = Payloads.Casualty(sourceId);

        using var hugeId = await Client.SendRawJsonAsync(HttpMethod.Post, Paths.Casualties,
            payload.With(("sourceIds", new JsonArray(0))).ToJsonString().Replace("[0]", "[9223372036854775808]", StringComparison.Ordinal));
        using var hugeLatitude = await Client.SendRawJsonAsync(HttpMethod.Post, Paths.Casualties,
            payload.With(("latitude", 0), ("longitude", 41.1)).ToJsonString().Replace("\"latitude\":0", "\"latitude\":1e400", StringComparison.Ordinal));
        using var largestId = await Client.PostJsonAsync(Paths.Casualties, payload.With(("operationId", long.MaxValue)));

        await ProblemAssert.IsValidationProblemAsync(hugeId, "sourceIds[0]");
        await ProblemAssert.IsValidationProblemAsync(hugeLatitude, "latitude");
        await ProblemAssert.IsValidationProblemAsync(largestId, "operationId");
        Assert.Equal(0, await Client.CountAsync(Paths.Casualties));
    }

    [Fact]
    public async Task Ids_in_the_path_that_are_not_whole_numbers_in_range_answer_404()
    {
        foreach (var id in new[] { "abc", "1.5", "9223372036854775808", "0", "-1" })
        {
            using var get = await Client.GetAsync($"{Paths.Sources}/{id}");
            using var delete = await Client.DeleteAsync($"{Paths.Sources}/{id}");

            await ProblemAssert.IsProblemAsync(get, HttpStatusCode.NotFound);
            await ProblemAssert.IsProblemAsync(delete, HttpStatusCode.NotFound);
        }
    }
}
