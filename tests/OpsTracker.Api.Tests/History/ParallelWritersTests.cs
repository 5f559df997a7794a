using System.Net;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.History;

/// <summary>
/// Many writers at once on one database: on SQLite, WAL and the busy timeout make them queue; on either, the version
/// makes a stale write fail instead of overwriting, and nothing answers 500.
/// </summary>
public sealed class ParallelWritersTests : ApiTest
{
    [Fact]
    [SqliteOnly("WAL is SQLite's journal mode.")]
    public async Task The_database_runs_in_wal_mode()
    {
        await using var db = Factory.CreateDbContext();

        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        Assert.Equal("wal", Assert.Single(mode));
    }

    [Fact]
    public async Task Parallel_creates_all_land()
    {
        var sourceId = await Client.CreateSourceAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 48).Select(async _ =>
        {
            using var response = await Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId));
            return response.StatusCode;
        }));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(48, await Client.CountAsync(Paths.Casualties));
        Assert.Equal(48, (await Client.AuditAsync("resource=casualties")).Count);
        Assert.Equal(48, (await Client.GetObjectAsync(Paths.StatsSummary))["killed"]!["records"]!.GetValue<int>());
    }

    [Fact]
    public async Task Of_parallel_updates_with_the_same_etag_exactly_one_wins_and_the_rest_get_412()
    {
        var payload = Payloads.Source();
        var id = await Client.CreateIdAsync(Paths.Sources, payload);
        var path = Paths.Of(Paths.Sources, id);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async writer =>
        {
            using var response = await Client.PutIfMatchAsync(path, payload.With(("notes", $"Writer {writer}.")), "\"1\"");
            return response.StatusCode;
        }));

        Assert.Single(answers, status => status == HttpStatusCode.OK);
        Assert.All(answers, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }));
        Assert.Equal("\"2\"", (await Client.GetWithETagAsync(path)).ETag);
        Assert.Equal(2, (await Client.HistoryAsync(path)).Count);
    }

    [Fact]
    public async Task Writers_that_read_change_and_retry_on_412_lose_no_update()
    {
        var payload = Payloads.Source().With(("notes", "0"));
        var id = await Client.CreateIdAsync(Paths.Sources, payload);
        var path = Paths.Of(Paths.Sources, id);
        const int Writers = 8, IncrementsEach = 4;

        var statuses = await Task.WhenAll(Enumerable.Range(0, Writers).Select(async _ =>
        {
            var seen = new List<HttpStatusCode>();
            for (var done = 0; done < IncrementsEach;)
            {
                var (record, etag) = await Client.GetWithETagAsync(path);
                var next = int.Parse(record["notes"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) + 1;
                using var response = await Client.PutIfMatchAsync(path, record.AsBody().With(("notes", next.ToString(System.Globalization.CultureInfo.InvariantCulture))), etag);
                seen.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    done++;
                }
            }

            return seen;
        }));

        Assert.All(statuses.SelectMany(seen => seen), status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }));
        var (final, finalETag) = await Client.GetWithETagAsync(path);
        Assert.Equal($"{Writers * IncrementsEach}", final["notes"]!.GetValue<string>());
        Assert.Equal($"\"{Writers * IncrementsEach + 1}\"", finalETag);
    }

    [Fact]
    public async Task Parallel_updates_without_if_match_never_500_and_never_interleave_fields()
    {
        var payload = Payloads.Source();
        var id = await Client.CreateIdAsync(Paths.Sources, payload);
        var path = Paths.Of(Paths.Sources, id);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async writer =>
        {
            using var response = await Client.PutJsonAsync(path, payload.With(("notes", $"Writer {writer}."), ("publisher", $"Publisher {writer}")));
            return response.StatusCode;
        }));

        // A write that raced another between reading and saving is refused (409), never applied over it.
        Assert.All(answers, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var record = await Client.GetObjectAsync(path);
        var writerOfNotes = record["notes"]!.GetValue<string>()["Writer ".Length..^1];
        Assert.Equal($"Publisher {writerOfNotes}", record["publisher"]!.GetValue<string>());
        Assert.Equal(answers.Count(status => status == HttpStatusCode.OK) + 1, (await Client.HistoryAsync(path)).Count);
    }
}
