using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.RecordEngine.Writing;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// A shared commit keeps its savepoints' journal in memory (<see cref="SqliteWriterJournal"/>) and gives the connection
/// back with SQLite's default temporary storage, files, which reads and imports rely on to spill large sorts; with
/// connections kept open by their contexts (the API's default) and with a native connection per open (Pooling=False).
/// </summary>
[SqliteOnly("The statement journal's place is SQLite's: PostgreSQL keeps a savepoint's undo in its own storage.")]
public abstract class WriterJournalTests(bool keptConnections)
    : ApiTest(keptConnections ? new ApiFactory().WithPooledConnections() : new ApiFactory())
{
    private const int Default = 0;
    private const int Memory = 2;

    [Fact]
    public async Task A_write_of_a_shared_commit_runs_with_temporary_storage_in_memory()
    {
        var writer = Factory.Services.GetRequiredService<RecordWriter>();
        Assert.True(writer.SharesCommits);
        await using var scope = Factory.Services.CreateAsyncScope();
        var requestDb = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();

        var inTransaction = await writer.WriteAsync(requestDb, async (context, cancellationToken) =>
            new AuditedWrite<(int, bool)>((await TempStoreAsync(context.Db), context.Db.Database.CurrentTransaction is not null), []),
            CancellationToken.None);

        Assert.Equal((Memory, true), inTransaction);
    }

    [Fact]
    public async Task The_journal_goes_to_memory_and_back_each_time_it_is_asked_on_the_same_connection()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();
        await db.Database.OpenConnectionAsync();

        for (var round = 0; round < 3; round++)
        {
            await SqliteWriterJournal.KeepInMemoryAsync(db, CancellationToken.None);
            Assert.Equal(Memory, await TempStoreAsync(db));
            await SqliteWriterJournal.RestoreDefaultAsync(db, CancellationToken.None);
            Assert.Equal(Default, await TempStoreAsync(db));
        }

        await db.Database.CloseConnectionAsync();
    }

    [Fact]
    public async Task Shared_commits_give_every_connection_back_with_the_default_temporary_storage()
    {
        var sourceId = await Client.CreateSourceAsync();

        // Concurrent writes, so that the writer commits several groups, on several of the pool's connections.
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId))));
        foreach (var response in responses)
        {
            await response.AssertStatusAsync(HttpStatusCode.Created);
            response.Dispose();
        }

        Assert.Equal(40, await Client.CountAsync(Paths.Casualties));

        // Every context the pool holds, leased at once: the writer's among them.
        var scopes = Enumerable.Range(0, 100).Select(_ => Factory.Services.CreateAsyncScope()).ToList();
        try
        {
            foreach (var scope in scopes)
            {
                var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();
                Assert.Equal(Default, await TempStoreAsync(db));
            }
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    private static async Task<int> TempStoreAsync(OpsTrackerDbContext db) =>
        (await db.Database.SqlQueryRaw<int>("SELECT temp_store AS \"Value\" FROM pragma_temp_store").ToListAsync()).Single();
}
