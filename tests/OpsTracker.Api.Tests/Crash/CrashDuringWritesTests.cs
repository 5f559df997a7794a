using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Crash;

/// <summary>
/// The API killed with SIGKILL in the middle of a stream of POSTs and PUTs from several clients: started again on the
/// database, every write it acknowledged (201, 200) is there as acknowledged, a write in flight is there whole or not
/// at all, and <c>check</c> finds the counters, totals, search index and audit trail in step with the records.
/// </summary>
public sealed class CrashDuringWritesTests : IDisposable
{
    private const int Writers = 8;

    /// <summary>Acknowledged writes after which the API is killed, writers still sending.</summary>
    private const int KillAfter = 300;

    private readonly string _directory = Directory.CreateTempSubdirectory("opstracker-crash-").FullName;
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly ConcurrentDictionary<(string Collection, long Id), AcknowledgedWrite> _acknowledged = new();
    private int _acknowledgedCount;

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_in_the_middle_of_a_stream_of_writes()
    {
        long sourceId;
        await using (var server = await ApiServerProcess.StartAsync(_database.ConnectionString(), _directory))
        {
            using (var client = server.CreateClient())
            {
                sourceId = await client.CreateIdAsync(Paths.Sources, Payloads.Source());
            }

            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(() => WriteUntilCutAsync(server, writer, sourceId, stop.Token))).ToList();
            while (Volatile.Read(ref _acknowledgedCount) < KillAfter && writers.All(task => !task.IsCompleted))
            {
                await Task.Delay(20);
            }

            await server.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.True(_acknowledgedCount >= KillAfter, $"Only {_acknowledgedCount} writes were acknowledged before the writers stopped.");
        await using (var restarted = await ApiServerProcess.StartAsync(_database.ConnectionString(), _directory))
        using (var client = restarted.CreateClient())
        {
            foreach (var write in _acknowledged.Values)
            {
                using var response = await client.GetAsync(Paths.Of(write.Collection, write.Id));
                await response.AssertStatusAsync(HttpStatusCode.OK);
                var version = long.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
                var notes = (await response.ReadObjectAsync())["notes"]!.GetValue<string>();
                if (version == write.Version)
                {
                    Assert.Equal(write.Notes, notes);
                }
                else
                {
                    // Only the one write in flight may have been stored after the last acknowledged one.
                    Assert.True(write.LaterWriteInFlight && version == write.Version + 1,
                        $"{write.Collection}/{write.Id} is at version {version}; version {write.Version} was acknowledged last.");
                }
            }
        }

        var (exit, report, problems) = await ApiCommand.RunAsync(_directory, _database.ConnectionString(), "check");
        Assert.True(exit == 0, $"check exited {exit}: {report}{problems}");
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>
    /// One client's stream: a casualty record or a source created, then changed twice, over and over, until the API is
    /// cut off. Each 2xx answer is noted as acknowledged; a write sent is noted as in flight until it is answered.
    /// </summary>
    private async Task WriteUntilCutAsync(ApiServerProcess server, int writer, long sourceId, CancellationToken stop)
    {
        using var client = server.CreateClient();
        for (var round = 0; !stop.IsCancellationRequested; round++)
        {
            var isCasualty = (round + writer) % 2 == 0;
            var collection = isCasualty ? Paths.Casualties : Paths.Sources;
            var payload = isCasualty ? Payloads.Casualty(sourceId) : Payloads.Source();
            var created = await SendAsync(client, HttpMethod.Post, collection, payload.With(("notes", $"كاتب {writer} جولة {round}")));
            if (created is null)
            {
                return;
            }

            var id = created.Value.Record.Id();
            Acknowledge(new AcknowledgedWrite(collection, id, created.Value.Version, created.Value.Record["notes"]!.GetValue<string>(), LaterWriteInFlight: false));
            for (var change = 1; change <= 2; change++)
            {
                var notes = $"كاتب {writer} جولة {round} تعديل {change}";
                var count = Payloads.Count(change * 10, change == 2 ? "moreThan" : "approximately");
                var body = isCasualty ? payload.With(("notes", notes), ("count", count)) : payload.With(("notes", notes));
                _acknowledged[(collection, id)] = _acknowledged[(collection, id)] with { LaterWriteInFlight = true };
                var updated = await SendAsync(client, HttpMethod.Put, Paths.Of(collection, id), body);
                if (updated is null)
                {
                    return;
                }

                Assert.Equal(notes, updated.Value.Record["notes"]!.GetValue<string>());
                Acknowledge(new AcknowledgedWrite(collection, id, updated.Value.Version, notes, LaterWriteInFlight: false));
            }
        }
    }

    private void Acknowledge(AcknowledgedWrite write)
    {
        _acknowledged[(write.Collection, write.Id)] = write;
        Interlocked.Increment(ref _acknowledgedCount);
    }

    /// <summary>The record a 2xx answer carries and its version (ETag); null once the API is gone. A 503 (busy) is retried.</summary>
    private static async Task<(JsonObject Record, long Version)?> SendAsync(HttpClient client, HttpMethod method, string path, JsonObject body)
    {
        while (true)
        {
            try
            {
                using var request = new HttpRequestMessage(method, path) { Content = JsonHttp.RawContent(body.Text()) };
                using var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(50);
                    continue;
                }

                await response.AssertStatusAsync(method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK);
                return (await response.ReadObjectAsync(), VersionOf(response));
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
            {
                return null;
            }
        }
    }

    private static long VersionOf(HttpResponseMessage response) =>
        long.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
}
