using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.History;

/// <summary>A write that finds another writer holding the database waits for it, up to the busy timeout, then gets a 503.</summary>
[SqliteOnly("SQLite has one writer at a time and a busy timeout; PostgreSQL writers lock rows, not the database.")]
public sealed class BusyDatabaseTests() : ApiTest(new ApiFactory().WithSetting("Database:BusyTimeoutSeconds", "2"))
{
    [Fact]
    public async Task A_write_waits_for_another_writer_to_finish()
    {
        await Client.CreateSourceAsync();
        await using var blocker = await HoldWriteLockAsync();

        var write = Client.PostJsonAsync(Paths.Sources, Payloads.Source());
        await Task.Delay(300);
        Assert.False(write.IsCompleted, "The write should wait while another writer holds the database.");
        await blocker.DisposeAsync();

        using var response = await write;
        await response.AssertStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_write_still_locked_out_after_the_busy_timeout_is_a_503_with_retry_after_and_writes_nothing()
    {
        await Client.CreateSourceAsync();
        await using var blocker = await HoldWriteLockAsync();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        using var response = await Client.PostJsonAsync(Paths.Sources, Payloads.Source());
        waited.Stop();

        Assert.InRange(waited.Elapsed.TotalSeconds, 1.9, 10);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("The database is busy.", problem.Title);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("Retry-After")));
        await blocker.DisposeAsync();
        Assert.Equal(1, await Client.CountAsync(Paths.Sources));

        using var read = await Client.GetAsync(Paths.Sources);
        await read.AssertStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>Another writer: a connection of its own with an open write transaction, until disposed.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        await using var db = Factory.CreateDbContext();
        var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
