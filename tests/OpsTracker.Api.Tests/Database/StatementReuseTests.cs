using System.Data.Common;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Database.Sqlite;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// With pooled connections (the default outside the tests), a context's SQLite connection stays open and runs each
/// query's statements compiled once: what that must not change is what a reader sees and what a writer can do.
/// </summary>
[SqliteOnly("Statement reuse is SQLite's: on PostgreSQL, Npgsql prepares the statements a connection repeats (PostgresStatementPreparationTests).")]
public sealed class StatementReuseTests() : ApiTest(new ApiFactory().WithPooledConnections())
{
    [Fact]
    public async Task A_query_run_again_on_a_context_runs_the_command_it_ran_before_and_the_connection_stays_open()
    {
        var executed = new ExecutedCommands();
        string connectionString;
        await using (var api = Factory.CreateDbContext())
        {
            connectionString = api.Database.GetConnectionString()!;
        }

        var options = new DbContextOptionsBuilder<SqliteOpsTrackerDbContext>();
        DatabaseSetup.ConfigureSqlite(options, connectionString, TimeSpan.FromSeconds(5)).AddInterceptors(executed);
        await using var db = new SqliteOpsTrackerDbContext(options.Options);
        var connection = Assert.IsType<KeptOpenSqliteConnection>(db.Database.GetDbConnection());

        for (var id = 1L; id <= 3; id++)
        {
            _ = await db.Set<Casualty>().AsNoTracking().Where(c => c.Id == id).Select(c => c.Country).ToListAsync();
        }

        Assert.Equal(3, executed.Commands.Count);
        Assert.All(executed.Commands, command => Assert.Same(executed.Commands[0], command));
        Assert.Same(executed.Commands[0], Assert.Single(connection.Statements).Value);
        Assert.Empty(connection.Reading);
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task Reads_on_kept_connections_see_every_committed_write_at_once()
    {
        var sourceId = await Client.CreateSourceAsync();
        var id = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId));
        var best = (await Client.GetObjectAsync($"{Paths.Casualties}/{id}"))["count"]!["best"]!.GetValue<int>();
        for (var round = 1; round <= 5; round++)
        {
            // Many reads at once, so that several pooled contexts (each its own kept connection) have run this read.
            var before = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => BestAsync(id)));
            Assert.All(before, answer => Assert.Equal(best, answer));

            best += 10;
            var change = new JsonObject { ["count"] = new JsonObject { ["best"] = best } };
            await Client.PatchObjectAsync($"{Paths.Casualties}/{id}", change);

            var after = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => BestAsync(id)));
            Assert.All(after, answer => Assert.Equal(best, answer));
        }
    }

    [Fact]
    public async Task Kept_connections_hold_no_read_snapshot_between_requests()
    {
        var sourceId = await Client.CreateSourceAsync();
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId)));
        }

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => BestAsync(ids[i % ids.Count])));
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Client.GetAsync($"{Paths.Casualties}?pageSize=50")));

        // A checkpoint that truncates the write-ahead log has to wait for every reader's snapshot to end: a connection
        // left holding one (a statement never reset) makes it report busy.
        await using var db = Factory.CreateDbContext();
        await using var own = new SqliteConnection(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString());
        await own.OpenAsync();
        await using var checkpoint = own.CreateCommand();
        checkpoint.CommandText = "PRAGMA busy_timeout = 0; PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await checkpoint.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(0L, reader.GetInt64(0));
    }

    [Fact]
    public async Task Concurrent_writes_on_kept_connections_all_commit_and_read_back()
    {
        var sourceId = await Client.CreateSourceAsync();
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId))));
        foreach (var response in responses)
        {
            await response.AssertStatusAsync(HttpStatusCode.Created);
            var created = await response.ReadObjectAsync();
            Assert.Equal(created["count"]!["best"]!.GetValue<int>(), await BestAsync(created["id"]!.GetValue<long>()));
            response.Dispose();
        }

        Assert.Equal(60, await Client.CountAsync(Paths.Casualties));
    }

    private async Task<int> BestAsync(long id)
    {
        var record = await Client.GetObjectAsync($"{Paths.Casualties}/{id}");
        return record["count"]!["best"]!.GetValue<int>();
    }

    /// <summary>The commands EF ran, as it ran them (after <see cref="SqliteStatementReuse"/> had swapped them).</summary>
    private sealed class ExecutedCommands : DbCommandInterceptor
    {
        public List<DbCommand> Commands { get; } = [];

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command);
            return ValueTask.FromResult(result);
        }
    }
}
