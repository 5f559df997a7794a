using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>
/// Concurrent writes, whether the API commits them together (group commit, <c>RecordWriter</c>: the default on SQLite)
/// or each in its own transaction (<c>Database:GroupCommit=false</c>, the default on PostgreSQL): each is still answered
/// as it would be alone (its own id, Location, ETag and audit entry, or its own refusal), a failed one takes none of
/// the others with it, and none is answered before it is committed. <see cref="ConcurrentWritesSharingCommitsTests"/>
/// and <see cref="ConcurrentWritesEachCommittedTests"/> run them both ways on each database.
/// </summary>
public abstract class ConcurrentWriteTests(bool shareCommits)
    : ApiTest(ReusedApis.Rent(("Database:GroupCommit", shareCommits ? "true" : "false")))
{
    private const int Writers = 32;

    [Fact]
    public async Task Concurrent_posts_are_each_created_with_their_own_id_location_etag_and_audit_entry()
    {
        var sourceId = await Client.CreateIdAsync(Paths.Sources, Payloads.Source());
        var payloads = Enumerable.Range(0, Writers)
            .Select(writer => Payloads.Casualty(sourceId).With(("notes", $"Writer {writer}: قتلى في الشدادي.")))
            .ToList();

        var created = await Task.WhenAll(payloads.Select(async payload =>
        {
            using var response = await Client.PostJsonAsync(Paths.Casualties, payload);
            await response.AssertStatusAsync(HttpStatusCode.Created);
            var body = await response.ReadObjectAsync();
            Assert.Equal(Paths.Of(Paths.Casualties, body.Id()), response.Headers.Location!.OriginalString);
            Assert.Equal("\"1\"", response.Headers.ETag!.Tag);
            return (Payload: payload, Body: body);
        }));

        Assert.Equal(Writers, created.Select(write => write.Body.Id()).Distinct().Count());
        foreach (var (payload, body) in created)
        {
            Assert.Equal(payload["externalId"].Text(), body["externalId"].Text());
            Assert.Equal(payload["notes"].Text(), body["notes"].Text());
            Assert.True(JsonNode.DeepEquals(body, await Client.GetObjectAsync(Paths.Of(Paths.Casualties, body.Id()))));
            Assert.Equal(1, Factory.Database.Count("AuditEntries",
                $"\"Resource\" = 'casualties' AND \"Action\" = 'Create' AND \"Version\" = 1 AND \"RecordId\" = {body.Id()}"));
        }

        Assert.Equal(Writers, await Client.CountAsync(Paths.Casualties));
        Assert.Equal(Writers, Factory.Database.Count("AuditEntries", "\"Resource\" = 'casualties'"));
    }

    [Fact]
    public async Task A_post_whose_externalId_a_concurrent_post_took_fails_alone_with_409_while_the_others_commit()
    {
        var sourceId = await Client.CreateIdAsync(Paths.Sources, Payloads.Source());
        const string contested = "test:casualty contested";
        const int clashing = Writers / 2;
        var payloads = Enumerable.Range(0, Writers)
            .Select(writer => writer < clashing ? Payloads.Casualty(sourceId).With(("externalId", contested)) : Payloads.Casualty(sourceId))
            .ToList();

        var statuses = await Task.WhenAll(payloads.Select(async payload =>
        {
            using var response = await Client.PostJsonAsync(Paths.Casualties, payload);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
            }

            return (payload["externalId"]!.GetValue<string>(), response.StatusCode);
        }));

        // Whether a clash was found before the write (the unique check) or by the unique index inside the shared
        // commit, only the clashing request is refused: one of the contested ones and every other one is created.
        Assert.All(statuses.Where(status => status.Item1 != contested), status => Assert.Equal(HttpStatusCode.Created, status.StatusCode));
        var contestedStatuses = statuses.Where(status => status.Item1 == contested).Select(status => status.StatusCode).ToList();
        Assert.Equal(1, contestedStatuses.Count(status => status == HttpStatusCode.Created));
        Assert.Equal(clashing - 1, contestedStatuses.Count(status => status == HttpStatusCode.Conflict));
        var stored = Writers - clashing + 1;
        Assert.Equal(stored, await Client.CountAsync(Paths.Casualties));
        Assert.Equal(stored, Factory.Database.Count("Casualties"));
        Assert.Equal(stored, Factory.Database.Count("AuditEntries", "\"Resource\" = 'casualties' AND \"Action\" = 'Create'"));
        Assert.Equal(1, Factory.Database.Count("Casualties", $"\"ExternalId\" = '{contested}'"));
        var totals = await Client.GetObjectAsync(Paths.StatsSummary);
        Assert.Equal(5 * stored, totals["killed"]!["best"]!.GetValue<long>());
        Assert.Equal(stored, totals["killed"]!["records"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_created_record_is_committed_before_its_201_is_sent()
    {
        var sourceId = await Client.CreateIdAsync(Paths.Sources, Payloads.Source());

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async _ =>
        {
            using var response = await Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId));
            await response.AssertStatusAsync(HttpStatusCode.Created);
            var id = (await response.ReadObjectAsync()).Id();

            // A connection of its own, outside the API, sees only what is committed.
            Assert.Equal(1, Factory.Database.Count("Casualties", $"\"Id\" = {id}"));
            Assert.Equal(1, Factory.Database.Count("AuditEntries", $"\"Resource\" = 'casualties' AND \"RecordId\" = {id}"));
        }));
    }

    [Fact]
    public async Task Concurrent_puts_at_the_same_etag_change_the_record_once_and_the_others_answer_412()
    {
        var sourceId = await Client.CreateIdAsync(Paths.Sources, Payloads.Source());
        var path = Paths.Of(Paths.Casualties, await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId)));
        var (record, etag) = await Client.GetWithETagAsync(path);

        var statuses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async writer =>
        {
            using var response = await Client.PutIfMatchAsync(path, record.AsBody().With(("notes", $"Writer {writer}.")), etag);
            return (Writer: writer, response.StatusCode, ETag: response.Headers.ETag?.Tag);
        }));

        var winner = Assert.Single(statuses, status => status.StatusCode == HttpStatusCode.OK);
        Assert.Equal("\"2\"", winner.ETag);
        Assert.All(statuses.Where(status => status.Writer != winner.Writer),
            status => Assert.Equal(HttpStatusCode.PreconditionFailed, status.StatusCode));
        var (stored, storedETag) = await Client.GetWithETagAsync(path);
        Assert.Equal("\"2\"", storedETag);
        Assert.Equal($"Writer {winner.Writer.ToString(CultureInfo.InvariantCulture)}.", stored["notes"]!.GetValue<string>());
        Assert.Equal(1, Factory.Database.Count("AuditEntries", "\"Resource\" = 'casualties' AND \"Action\" = 'Update'"));
    }

    [Fact]
    public async Task Concurrent_puts_and_deletes_of_different_records_are_each_written_with_their_audit_entry()
    {
        var sourceId = await Client.CreateIdAsync(Paths.Sources, Payloads.Source());
        var ids = new List<long>();
        for (var i = 0; i < Writers; i++)
        {
            ids.Add(await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId)));
        }

        await Task.WhenAll(ids.Select(async (id, index) =>
        {
            var path = Paths.Of(Paths.Casualties, id);
            if (index % 2 == 0)
            {
                using var deleted = await Client.DeleteAsync(path);
                await deleted.AssertStatusAsync(HttpStatusCode.NoContent);
                return;
            }

            var (record, etag) = await Client.GetWithETagAsync(path);
            using var updated = await Client.PutIfMatchAsync(path, record.AsBody().With(("notes", $"Changed {id}.")), etag);
            await updated.AssertStatusAsync(HttpStatusCode.OK);
            Assert.Equal("\"2\"", updated.Headers.ETag!.Tag);
        }));

        Assert.Equal(Writers / 2, await Client.CountAsync(Paths.Casualties));
        Assert.Equal(Writers / 2, Factory.Database.Count("AuditEntries", "\"Resource\" = 'casualties' AND \"Action\" = 'Delete' AND \"Version\" = 2"));
        Assert.Equal(Writers / 2, Factory.Database.Count("AuditEntries", "\"Resource\" = 'casualties' AND \"Action\" = 'Update' AND \"Version\" = 2"));
        foreach (var id in ids.Where((_, index) => index % 2 == 1))
        {
            Assert.Equal($"Changed {id}.", (await Client.GetObjectAsync(Paths.Of(Paths.Casualties, id)))["notes"]!.GetValue<string>());
        }
    }
}
