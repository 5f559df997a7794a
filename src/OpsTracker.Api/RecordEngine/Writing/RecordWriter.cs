using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Features.Audit;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.RecordEngine.Writing;

/// <summary>
/// The one writer of record writes (create, update, delete) for the API's database: it takes every write waiting at
/// that moment and commits them together, in one transaction (group commit), so that concurrent requests share one
/// commit, and its flush to disk, instead of queueing for the database's single write lock one commit each. Each
/// write runs inside a savepoint of its own: one that fails (a unique value a concurrent request took first, a
/// reference that vanished, a record changed since it was read) is rolled back alone and its request gets its own
/// exception, as it would on its own; the others commit. A request is answered only after the shared commit has
/// returned, that is once it is durable (SQLite: <c>synchronous = FULL</c>, see <c>SqliteConnectionTuning</c>).
/// Whatever the request can check before writing (its validator, references, unique fields) it checks on its own
/// context, before the write is queued; the writer runs only the write.
/// </summary>
/// <remarks>
/// A write made inside a transaction the caller holds (a report's draft accepted into a record, with the draft's own
/// change) is written on the caller's context, in that transaction, as before. Where the database gains nothing from
/// shared commits (<see cref="IDatabaseDialect.SharesCommits"/>, overridden by <c>Database:GroupCommit</c>), each write
/// is its own transaction on its request's context.
/// </remarks>
public sealed partial class RecordWriter : IAsyncDisposable, IDisposable
{
    /// <summary>
    /// The most writes one commit takes: enough for every connection of a busy server at once, few enough that the
    /// first of them does not wait long for the last.
    /// </summary>
    private const int MaxWritesPerCommit = 256;

    private const string Savepoint = "record_write";

    private readonly Channel<QueuedWrite> _queue = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<RecordWriter> _logger;
    private readonly Task _loop;

    public RecordWriter(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<RecordWriter> logger)
    {
        _scopes = scopes;
        _logger = logger;
        var dialect = DatabaseDialects.For(DatabaseSetup.ProviderOf(configuration));
        SharesCommits = configuration.GetValue("Database:GroupCommit", dialect.SharesCommits);
        if (SharesCommits)
        {
            // Without the context of the request that first resolved the writer: its trace and log scope would be
            // every later batch's.
            using (ExecutionContext.SuppressFlow())
            {
                _loop = Task.Run(RunAsync);
            }
        }
        else
        {
            _loop = Task.CompletedTask;
        }
    }

    /// <summary>Whether writes are queued for the shared commit (else each is its own transaction).</summary>
    public bool SharesCommits { get; }

    /// <summary>
    /// Whether a write of the request whose context is <paramref name="requestDb"/> runs on that context (in the
    /// transaction it holds, or in one of its own where commits are not shared), rather than on the writer's.
    /// </summary>
    public bool WritesOn(OpsTrackerDbContext requestDb) => !SharesCommits || requestDb.Database.CurrentTransaction is not null;

    /// <summary>
    /// Runs <paramref name="write"/> (which inserts new records through the context it is given, or changes tracked
    /// entities of its database context and saves them) in a transaction, saves the audit entries it returns in the
    /// same transaction, and returns its result once that transaction is committed. The context given is the writer's
    /// own unless the write runs on <paramref name="requestDb"/> (see the remarks of the class): the write must insert,
    /// attach or add what it changes through the context it is given, and must not touch the request's context or its
    /// HttpContext. An exception of the write is thrown here, after its changes were rolled back.
    /// </summary>
    public async Task<T> WriteAsync<T>(OpsTrackerDbContext requestDb, Func<RecordWriteContext, CancellationToken, Task<AuditedWrite<T>>> write,
        CancellationToken cancellationToken)
    {
        if (requestDb.Database.CurrentTransaction is not null)
        {
            using var context = RecordWriteContext.Saving(requestDb);
            var written = await write(context, cancellationToken);
            await SaveEntriesAsync(requestDb, written.Entries, cancellationToken);
            return written.Result;
        }

        if (WritesOn(requestDb))
        {
            // The transaction is the write's own, and a failure rolls it back whole: EF's savepoint around each save
            // would only add statements (four for a record and its audit entry), run while the write holds its
            // table's live-count row, which every other write of that table waits for.
            var autoSavepoints = requestDb.Database.AutoSavepointsEnabled;
            requestDb.Database.AutoSavepointsEnabled = false;
            try
            {
                await using var transaction = await requestDb.Database.BeginTransactionAsync(cancellationToken);
                using var context = RecordWriteContext.Saving(requestDb);
                var written = await write(context, cancellationToken);
                await SaveEntriesAsync(requestDb, written.Entries, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return written.Result;
            }
            finally
            {
                requestDb.Database.AutoSavepointsEnabled = autoSavepoints;
            }
        }

        var queued = new QueuedWrite<T>(write, cancellationToken);
        await _queue.Writer.WriteAsync(queued, cancellationToken);
        return await queued.Answer;
    }

    /// <summary>Takes no more writes and waits for those queued to be committed.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    /// <summary>Takes no more writes; those queued are still committed, by the loop, which ends after them.</summary>
    public void Dispose() => _queue.Writer.TryComplete();

    private async Task RunAsync()
    {
        var batch = new List<QueuedWrite>(MaxWritesPerCommit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxWritesPerCommit && _queue.Reader.TryRead(out var queued))
            {
                // A request that has gone away before its write began is not written: nobody would learn of it.
                if (queued.Aborted.IsCancellationRequested)
                {
                    queued.Cancel();
                    continue;
                }

                batch.Add(queued);
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
        }
    }

    /// <summary>
    /// Writes the batch in one transaction, each write in a savepoint, then the audit entries of those that succeeded
    /// in one save, commits, and only then answers them. A failure of the transaction itself (the entries' save, the
    /// commit, a rollback to a savepoint) fails every write not yet answered: none of them is committed.
    /// </summary>
    private async Task CommitAsync(List<QueuedWrite> batch)
    {
        var written = new List<QueuedWrite>(batch.Count);
        var entries = new List<AuditEntry>(batch.Count);
        var committed = false;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();

            // Each write has a savepoint of the writer's; EF's own around each save would only add statements.
            db.Database.AutoSavepointsEnabled = false;

            // Open across the setting, the transaction and its undoing: with connections that are not kept (Pooling=False)
            // each statement would otherwise open a native connection of its own, and the setting not reach the transaction.
            await db.Database.OpenConnectionAsync();
            try
            {
                await db.Dialect.BeforeSharedCommitAsync(db, CancellationToken.None);
                try
                {
                    await WriteAndCommitAsync(db, batch, written, entries);
                    committed = true;
                }
                finally
                {
                    await AfterSharedCommitAsync(db);
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (Exception exception) when (committed)
        {
            // The commit decided the writes' answers. Closing the connection or giving the context back to the pool
            // failed after it: answered with that failure, a committed write would be sent again and written twice.
            LogReleaseFailed(_logger, batch.Count, exception);
        }
        catch (Exception exception)
        {
            LogBatchFailed(_logger, batch.Count, exception);
            foreach (var queued in batch)
            {
                queued.Fail(exception);
            }

            return;
        }

        foreach (var queued in written)
        {
            queued.Complete();
        }
    }

    private async Task WriteAndCommitAsync(OpsTrackerDbContext db, List<QueuedWrite> batch, List<QueuedWrite> written, List<AuditEntry> entries)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        using var context = RecordWriteContext.InTransaction(db, _logger);
        foreach (var queued in batch)
        {
            await transaction.CreateSavepointAsync(Savepoint);
            try
            {
                var audited = await queued.RunAsync(context);
                await transaction.ReleaseSavepointAsync(Savepoint);
                written.Add(queued);
                entries.AddRange(audited);
            }
            catch (Exception exception)
            {
                await transaction.RollbackToSavepointAsync(Savepoint);
                await transaction.ReleaseSavepointAsync(Savepoint);
                queued.Fail(exception);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        // One save for every write's entries: a save's own cost (change detection, its statements' batching) is
        // paid once per commit instead of once per write.
        await SaveEntriesAsync(db, entries, CancellationToken.None);
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Undoes the dialect's readying of the connection. Its failure is logged, not thrown: the commit's outcome, already
    /// decided, is what the writes are answered.
    /// </summary>
    private async Task AfterSharedCommitAsync(OpsTrackerDbContext db)
    {
        try
        {
            await db.Dialect.AfterSharedCommitAsync(db, CancellationToken.None);
        }
        catch (Exception exception)
        {
            LogResetFailed(_logger, exception);
        }
    }

    private static async Task SaveEntriesAsync(OpsTrackerDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count > 0)
        {
            db.Set<AuditEntry>().AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A shared commit of {Count} record writes failed; each of them is answered with the failure.")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The writer's connection could not be set back after a shared commit; the commit's writes are answered as it ended.")]
    private static partial void LogResetFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A shared commit of {Count} record writes was committed, but its connection could not be given back; the writes are answered as committed.")]
    private static partial void LogReleaseFailed(ILogger logger, int count, Exception exception);

    /// <summary>A write waiting for the writer, and the task its request awaits.</summary>
    private abstract class QueuedWrite(CancellationToken aborted)
    {
        public CancellationToken Aborted { get; } = aborted;

        /// <summary>Runs the write on the writer's context and returns the audit entries it asks to be saved.</summary>
        public abstract Task<IReadOnlyList<AuditEntry>> RunAsync(RecordWriteContext context);

        /// <summary>Answers the request with the write's result: called once the commit holding it has returned.</summary>
        public abstract void Complete();

        /// <summary>Answers the request with an exception (its own, or the shared transaction's); a write already answered keeps its answer.</summary>
        public abstract void Fail(Exception exception);

        public abstract void Cancel();
    }

    private sealed class QueuedWrite<T>(Func<RecordWriteContext, CancellationToken, Task<AuditedWrite<T>>> write, CancellationToken aborted)
        : QueuedWrite(aborted)
    {
        // Continuations run on the thread pool, not on the writer's loop, which goes on to the next write.
        private readonly TaskCompletionSource<T> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Answer => _answer.Task;

        // Once begun, a write runs to its end whatever its request does: it shares a transaction with others.
        public override async Task<IReadOnlyList<AuditEntry>> RunAsync(RecordWriteContext context)
        {
            var written = await write(context, CancellationToken.None);
            _result = written.Result;
            return written.Entries;
        }

        public override void Complete() => _answer.TrySetResult(_result!);

        public override void Fail(Exception exception) => _answer.TrySetException(exception);

        public override void Cancel() => _answer.TrySetCanceled(Aborted);
    }
}
