using System.Globalization;
using System.Net;
using OpsTracker.Api.Tests.Auth;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.History;

/// <summary>
/// Two API instances on one PostgreSQL database, as behind a load balancer, editing the same records at once: they
/// behave as one service. Every version check is the database's, so no update is lost, the losers of a race get 412,
/// and nothing answers 500.
/// </summary>
[PostgresOnly("Several API instances share a server database; a SQLite file belongs to one process.")]
public sealed class TwoInstancesTests : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly ApiFactory _first;
    private readonly ApiFactory _second;
    private readonly HttpClient[] _clients;

    public TwoInstancesTests()
    {
        _first = new ApiFactory(_database);
        _second = new ApiFactory(_database);
        _clients = [_first.CreateClient(), _second.CreateClient()];
    }

    [Fact]
    public async Task Writers_on_both_instances_that_retry_on_412_lose_no_update_of_any_record()
    {
        const int Records = 3, WritersPerInstance = 4, IncrementsEach = 3;
        var paths = new List<string>();
        for (var r = 0; r < Records; r++)
        {
            var id = await _clients[r % 2].CreateIdAsync(Paths.Sources, Payloads.Source().With(("notes", "0")));
            paths.Add(Paths.Of(Paths.Sources, id));
        }

        // Each writer goes through one instance and increments every record in turn, reading the record (and its
        // ETag) again after each 412, as a client that edits carefully would.
        var writers = Enumerable.Range(0, 2 * WritersPerInstance).Select(async writer =>
        {
            var client = _clients[writer % 2];
            var seen = new List<HttpStatusCode>();
            for (var round = 0; round < IncrementsEach; round++)
            {
                foreach (var path in paths)
                {
                    seen.AddRange(await IncrementAsync(client, path));
                }
            }

            return seen;
        });
        var statuses = (await Task.WhenAll(writers)).SelectMany(seen => seen).ToList();

        Assert.All(statuses, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }));
        const int Increments = 2 * WritersPerInstance * IncrementsEach;
        foreach (var path in paths)
        {
            foreach (var client in _clients)
            {
                var (record, etag) = await client.GetWithETagAsync(path);
                Assert.Equal(Increments.ToString(CultureInfo.InvariantCulture), record["notes"]!.GetValue<string>());
                Assert.Equal($"\"{Increments + 1}\"", etag);
            }

            Assert.Equal(Increments + 1, (await _clients[0].HistoryAsync(path)).Count);
        }
    }

    [Fact]
    public async Task Of_updates_through_both_instances_with_the_same_etag_exactly_one_wins()
    {
        var payload = Payloads.Source();
        var path = Paths.Of(Paths.Sources, await _clients[0].CreateIdAsync(Paths.Sources, payload));

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async writer =>
        {
            using var response = await _clients[writer % 2].PutIfMatchAsync(path, payload.With(("notes", $"Writer {writer}.")), "\"1\"");
            return response.StatusCode;
        }));

        Assert.Single(answers, status => status == HttpStatusCode.OK);
        Assert.All(answers, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }));
        Assert.Equal("\"2\"", (await _clients[1].GetWithETagAsync(path)).ETag);
    }

    [Fact]
    public async Task A_record_created_through_one_instance_is_read_counted_and_deleted_through_the_other()
    {
        var sourceId = await _clients[0].CreateSourceAsync();
        var id = await _clients[0].CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId));

        Assert.Equal(1, await _clients[1].CountAsync(Paths.Casualties));
        Assert.Equal(1, (await _clients[1].GetObjectAsync(Paths.StatsSummary))["killed"]!["records"]!.GetValue<int>());
        using (var deleted = await _clients[1].DeleteAsync(Paths.Of(Paths.Casualties, id)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await _clients[0].GetAsync(Paths.Of(Paths.Casualties, id));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal(0, await _clients[0].CountAsync(Paths.Casualties));
    }

    [Fact]
    public async Task A_key_made_through_one_instance_works_on_the_other_until_revoked_there()
    {
        var created = await _clients[0].CreateKeyAsync("editor", "shared-editor");
        using var editor = _second.CreateClientWithKey(created.Key());

        using (var write = await editor.PostJsonAsync(Paths.Sources, Payloads.Source()))
        {
            Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        }

        using (var revoke = await _clients[0].DeleteAsync($"{AccessCalls.KeysPath}/{created.Id()}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var refused = await editor.PostJsonAsync(Paths.Sources, Payloads.Source());
        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Instances_started_together_on_an_empty_database_load_the_sample_data_once()
    {
        using var database = TestDatabase.Create();
        using var first = new ApiFactory(database).WithSampleData();
        using var second = new ApiFactory(database).WithSampleData();

        // Creating a client starts that instance's host, which migrates and seeds before it serves.
        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        // Every sample record once (a kind the seed reports give none of, transfers, has none to load).
        var loaded = 0;
        foreach (var resource in ResourceCatalogue.All)
        {
            var externalIds = (await clients[1].ListAsync(resource.Collection)).Select(record => record["externalId"]!.GetValue<string>()).ToList();
            Assert.Equal(externalIds.Distinct().Count(), externalIds.Count);
            loaded += externalIds.Count;
        }

        Assert.True(loaded > 0, "No sample data was loaded.");

        foreach (var client in clients)
        {
            client.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        _first.Dispose();
        _second.Dispose();
        _database.Dispose();
    }

    private static async Task<List<HttpStatusCode>> IncrementAsync(HttpClient client, string path)
    {
        var seen = new List<HttpStatusCode>();
        while (true)
        {
            var (record, etag) = await client.GetWithETagAsync(path);
            var next = int.Parse(record["notes"]!.GetValue<string>(), CultureInfo.InvariantCulture) + 1;
            using var response = await client.PutIfMatchAsync(path, record.AsBody().With(("notes", next.ToString(CultureInfo.InvariantCulture))), etag);
            seen.Add(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.PreconditionFailed)
            {
                return seen;
            }
        }
    }
}
