using System.Data.Common;
using System.Net;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using OpsTracker.Api.RecordEngine.Writing;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// A shared commit's writes are answered as the commit ended, even when giving the writer's connection back fails
/// afterwards: answered with that failure, a committed write would be sent again by its client and written twice.
/// Shared commits are switched on for PostgreSQL too, where they are off by default.
/// </summary>
public sealed class WriterCloseFailureTests : ApiTest
{
    private readonly FirstWriterCloseFails _close;

    private readonly CapturedLogs _logs;

    public WriterCloseFailureTests()
        : this(new FirstWriterCloseFails())
    {
    }

    private WriterCloseFailureTests(FirstWriterCloseFails close)
        : this(new ApiFactory().WithSetting("Database:GroupCommit", "true").WithInterceptor(close).CaptureLogs(out var logs), close, logs)
    {
    }

    private WriterCloseFailureTests(ApiFactory factory, FirstWriterCloseFails close, CapturedLogs logs)
        : base(factory) => (_close, _logs) = (close, logs);

    [Fact]
    public async Task A_committed_write_is_answered_as_written_when_the_writers_connection_fails_to_close()
    {
        var sourceId = await Client.CreateSourceAsync();
        _close.Arm();

        using var response = await Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId));

        Assert.True(_close.Failed, "The writer's connection was never closed: the test broke nothing.");
        await response.AssertStatusAsync(HttpStatusCode.Created);
        Assert.Equal(1, await Client.CountAsync(Paths.Casualties));
        Assert.Contains(_logs.AtLeast(LogLevel.Warning), entry => entry.Message.Contains("could not be given back", StringComparison.Ordinal));
    }

    /// <summary>Once armed, throws on the first close the record writer asks for (its shared commit's), then lets closes be.</summary>
    private sealed class FirstWriterCloseFails : DbConnectionInterceptor
    {
        private int _armed;

        public bool Failed { get; private set; }

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            FailIfWriters();
            return result;
        }

        public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        {
            FailIfWriters();
            return ValueTask.FromResult(result);
        }

        // The writer calls close from its own loop: its type is on the stack (async frames print their method's type).
        private void FailIfWriters()
        {
            if (Environment.StackTrace.Contains(typeof(RecordWriter).FullName!, StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Failed = true;
                throw new InvalidOperationException("The connection could not be closed (test).");
            }
        }
    }
}
