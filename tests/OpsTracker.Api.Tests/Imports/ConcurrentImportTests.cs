using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Imports;

/// <summary>
/// An import beside another writer of the same resource. The import takes its ids from the table's identity
/// sequence, as a POST does, so a record posted while the import runs gets an id of its own between the import's,
/// and neither write fails on a clash (ids chosen as one more than the largest stored would collide here).
/// </summary>
[PostgresOnly("Only PostgreSQL lets another writer insert while an import's transaction is open; on SQLite the import holds the write lock and a POST waits for it (BusyDatabaseTests).")]
public sealed class ConcurrentImportTests : ApiTest
{
    private const string Header = "externalId,sourceIds,affiliation,outcome,count.best,count.qualifier,startDate,endDate,country,region,notes";

    // The import writes a batch at a time; more than one batch goes before the pause, so the import has written
    // records (and holds its locks) when the POST comes.
    private const int Batch = 1_000;
    private const int RowsBeforePost = 1_500;
    private const int Rows = 3_000;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_post_while_an_import_runs_succeeds_with_an_id_between_the_imported_ones()
    {
        var sourceId = await Client.CreateSourceAsync();
        var body = new PausingContent(Csv(sourceId, 1, RowsBeforePost), Csv(sourceId, RowsBeforePost + 1, Rows));

        // A client that follows no redirects: the factory's redirect handler reads the whole body before sending it.
        using var streaming = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var import = streaming.PostAsync("/api/v1/imports/casualties", body);
        await WaitUntilAsync(() => LastCasualtyId() >= Batch, import, "the import to take the ids of its first batch");

        var post = Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId));

        // The POST has its id once it has inserted: then it is done, or waits for the import's lock on the live count.
        await WaitUntilAsync(() => post.IsCompleted || WaitingOnLocks() > 0, post, "the POST to insert its record");
        body.Resume();

        using var imported = await import;
        using var posted = await post;
        await imported.AssertStatusAsync(HttpStatusCode.OK);
        ImportHttp.AssertReport(await imported.ReadObjectAsync(), inserted: Rows);
        await posted.AssertStatusAsync(HttpStatusCode.Created);
        var postedId = (await posted.ReadObjectAsync())["id"]!.GetValue<long>();

        Assert.Equal(Rows + 1, Factory.Database.Count("Casualties"));
        Assert.InRange(Factory.Database.Count("Casualties", $"\"ExternalId\" LIKE 'concurrent:%' AND \"Id\" < {postedId}"), Batch, Rows - 1);
        Assert.Equal(1, Factory.Database.Count("AuditEntries", "\"Resource\" = 'casualties' AND \"Action\" = 'Create'"));
        Assert.Equal(1, Factory.Database.Count("AuditEntries", "\"Resource\" = 'casualties' AND \"Action\" = 'Import'"));
        Assert.Equal(Rows, Factory.Database.Scalar("SELECT SUM(\"LastId\" - \"FirstId\" + 1) FROM \"ImportedRecordRanges\""));
        Assert.Equal(Rows + 1, await Client.CountAsync(Paths.Casualties));
        using (var read = await Client.GetAsync(Paths.Of(Paths.Casualties, postedId)))
        {
            await read.AssertStatusAsync(HttpStatusCode.OK);
        }

        // The running totals, kept by triggers on both writers' rows, agree with the records.
        var stored = await Client.GetObjectAsync("/api/v1/stats/summary");
        var computed = await Client.GetObjectAsync("/api/v1/stats/summary?to=9999-12-31");
        Assert.Equal(computed.ToJsonString(), stored.ToJsonString());
    }

    private static string Csv(long sourceId, int first, int last)
    {
        var csv = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"concurrent:{i},{sourceId},isis,killed,{i % 40},exact,2025-10-01,2025-11-06,SY,Al-Hasakah,Row {i}\n");
        }

        return csv.ToString();
    }

    /// <summary>The largest id the casualties' sequence has handed out (to anyone, committed or not), or 0.</summary>
    private long LastCasualtyId() =>
        Factory.Database.Scalar("SELECT COALESCE(pg_sequence_last_value(pg_get_serial_sequence('\"Casualties\"', 'Id')::regclass), 0)");

    /// <summary>Sessions of this test's database waiting for a lock another transaction holds.</summary>
    private long WaitingOnLocks() =>
        Factory.Database.Scalar("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");

    private static async Task WaitUntilAsync(Func<bool> condition, Task request, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, $"Waited {Patience.TotalSeconds} s for {what}.");
            if (request.IsCompleted && !condition())
            {
                Assert.Fail($"The request ended before {what}.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>A CSV body sent in two parts: the header and first rows at once, the rest after <see cref="Resume"/>.</summary>
    private sealed class PausingContent : HttpContent
    {
        private readonly string _first;
        private readonly string _rest;
        private readonly TaskCompletionSource _resumed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public PausingContent(string first, string rest)
        {
            _first = Header + "\n" + first;
            _rest = rest;
            Headers.ContentType = new MediaTypeHeaderValue(ImportHttp.Csv);
        }

        public void Resume() => _resumed.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_first));
            await stream.FlushAsync();
            await _resumed.Task;
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_rest));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
