using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// A shared commit keeps its savepoints' journal in memory (<see cref="SqliteWriterJournal"/>) and gives the connection
/// back to the pool with SQLite's default temporary storage, files, which reads and imports rely on to spill large sorts.
/// </summary>
[SqliteOnly("The statement journal's place is SQLite's: PostgreSQL keeps a savepoint's undo in its own storage.")]
public sealed class WriterJournalTests() : ApiTest(new ApiFactory().WithPooledConnections())
{
    private const int Default = 0;
    private const int Memory = 2;

    [Fact]
    public async Task The_journal_goes_to_memory_and_back_each_time_it_is_asked_on_the_same_connection()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();

        for (var round = 0; round < 3; round++)
        {
            await SqliteWriterJournal.InMemoryAsync(db, CancellationToken.None);
            Assert.Equal(Memory, await TempStoreAsync(db));
            await SqliteWriterJournal.DefaultAsync(db, CancellationToken.None);
            Assert.Equal(Default, await TempStoreAsync(db));
        }
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
