using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// updatedSince: records created or changed at or after a time, so a client that passes the largest updatedAt it has
/// seen gets every change since, and the records of that very instant again rather than missing any. The tests
/// share one database; each reads only what it wrote after the records of the tests before it.
/// </summary>
public sealed class UpdatedSinceFilterTests(SharedApi api) : IClassFixture<SharedApi>
{
    private HttpClient Client => api.Client;

    [Fact]
    public async Task Updated_since_matches_records_created_or_changed_at_or_after_the_time()
    {
        var sourceId = await Client.CreateSourceAsync();
        var first = await Client.CreateAsync(Paths.Casualties, Payloads.Casualty(sourceId));
        var second = await Client.CreateAsync(Paths.Casualties, Payloads.Casualty(sourceId));

        Assert.Equal([first.Id(), second.Id()], await ListUpdatedSinceAsync(Paths.Casualties, Stamp(first)));
        Assert.Equal([second.Id()], await ListUpdatedSinceAsync(Paths.Casualties, Stamp(second)));

        var changed = await UpdateNotesAsync(first, sourceId);

        Assert.Equal([first.Id(), second.Id()], await ListUpdatedSinceAsync(Paths.Casualties, Stamp(second)));
        Assert.Equal([first.Id()], await ListUpdatedSinceAsync(Paths.Casualties, Stamp(changed)));
        Assert.Empty(await ListUpdatedSinceAsync(Paths.Casualties, "2100-01-01T00:00:00Z"));
    }

    [Fact]
    public async Task Updated_since_reads_an_offset_and_takes_a_time_without_one_as_utc()
    {
        var sourceId = await Client.CreateSourceAsync();
        var first = await Client.CreateAsync(Paths.Sources, Payloads.Source());
        var second = await Client.CreateAsync(Paths.Sources, Payloads.Source());
        var secondAt = second.Timestamp("updatedAt");

        var withOffset = new DateTimeOffset(secondAt).ToOffset(TimeSpan.FromHours(3)).ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);
        var withoutOffset = secondAt.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture);

        Assert.Equal([second.Id()], await ListUpdatedSinceAsync(Paths.Sources, withOffset));
        Assert.Equal([second.Id()], await ListUpdatedSinceAsync(Paths.Sources, withoutOffset));
        Assert.Equal([sourceId, first.Id(), second.Id()], (await ListUpdatedSinceAsync(Paths.Sources, "2025-11-13")).TakeLast(3));
    }

    [Fact]
    public async Task Updated_since_filters_every_list()
    {
        foreach (var resource in ResourceCatalogue.All)
        {
            await Client.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(Client));
            var later = await Client.CreateAsync(resource.Collection, await resource.NewPayloadAsync(Client));

            Assert.Equal([later.Id()], await ListUpdatedSinceAsync(resource.Collection, Stamp(later)));
        }
    }

    [Fact]
    public async Task A_value_that_is_not_an_iso_8601_timestamp_answers_400_naming_updated_since()
    {
        foreach (var value in new[] { "yesterday", "2025-13-01T00:00:00Z", "2025-11-13T25:00:00Z", "1700000000", "", "T10:00:00Z" })
        {
            var problem = await Client.AssertRefusedAsync($"{Paths.Arrests}?updatedSince={Uri.EscapeDataString(value)}", "updatedSince");

            Assert.Equal([$"'{value}' is not an ISO 8601 timestamp such as 2025-11-13T00:00:00Z."], problem.MessagesFor("updatedSince"));
        }
    }

    [Fact]
    public async Task A_date_written_the_american_or_the_british_way_is_not_taken_for_an_iso_8601_timestamp()
    {
        // Read leniently, 01/02/2025 would silently mean 2 January to one client and 1 February to another.
        foreach (var value in new[] { "11/13/2025 10:00", "01/02/2025 00:00", "13 Nov 2025 10:00" })
        {
            using var response = await Client.GetAsync($"{Paths.Sources}?updatedSince={Uri.EscapeDataString(value)}");

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"updatedSince={value} answered {(int)response.StatusCode}, not 400.");
            await ProblemAssert.IsValidationProblemAsync(response, "updatedSince");
        }
    }

    /// <summary>The record's updatedAt exactly as answered, for passing back as updatedSince.</summary>
    private static string Stamp(JsonObject record) => record["updatedAt"]!.GetValue<string>();

    private Task<List<long>> ListUpdatedSinceAsync(string collection, string since) =>
        Client.ListIdsAsync(collection, $"updatedSince={Uri.EscapeDataString(since)}");

    private async Task<JsonObject> UpdateNotesAsync(JsonObject record, long sourceId)
    {
        var body = Payloads.Casualty(sourceId).With(("externalId", record["externalId"]!.GetValue<string>()), ("notes", "Revised after a later report."));
        using var response = await Client.PutJsonAsync(Paths.Of(Paths.Casualties, record.Id()), body);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadObjectAsync();
    }
}
