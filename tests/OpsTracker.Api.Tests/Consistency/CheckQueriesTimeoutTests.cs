using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpsTracker.Api.Features.Consistency;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Consistency;

/// <summary>
/// The check's own SQL runs under its context's command timeout: over a million records one of its statements runs
/// past the connection string's default, and the <c>check</c> command lifts the timeout for all of them.
/// </summary>
[PostgresOnly("Only a server database has a statement timeout of its own; SQLite's bounds only the wait for a lock.")]
public sealed class CheckQueriesTimeoutTests() : ApiTest(new ApiFactory())
{
    [Fact]
    public async Task A_statement_longer_than_the_connection_string_s_timeout_runs_when_the_context_has_none()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(Factory.Database.ConnectionString()) { CommandTimeout = 1, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<PostgresOpsTrackerDbContext>();
        DatabaseSetup.ConfigurePostgres(options, connectionString);
        await using var db = new PostgresOpsTrackerDbContext(options.Options);
        await db.Database.OpenConnectionAsync();
        var queries = new CheckQueries(db);

        db.Database.SetCommandTimeout(TimeSpan.Zero);
        Assert.Equal([1L], await queries.ScalarsAsync<long>("SELECT 1 FROM pg_sleep(1.5)", CancellationToken.None));

        db.Database.SetCommandTimeout(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => queries.ScalarsAsync<long>("SELECT 1 FROM pg_sleep(1.5)", CancellationToken.None));
    }
}
