using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// Each of the API's contexts has a native SQLite connection of its own, and disposing a test host clears no pool
/// (other tests' hosts may be opening connections at that moment). Microsoft.Data.Sqlite's pool, when a connection
/// is opened while it holds none idle or while it is cleared, can hand one native connection to two SqliteConnections
/// at once, and two contexts would then run each other's statements inside each other's transactions
/// (docs/development.md).
/// </summary>
[SqliteOnly("Native connections, their pool and the file are SQLite's.")]
public sealed class SqliteConnectionOwnershipTests
{
    [Fact]
    public async Task Contexts_opened_at_once_each_have_a_native_connection_of_their_own()
    {
        using var factory = new ApiFactory().WithPooledConnections();
        var scopes = Enumerable.Range(0, 32).Select(_ => factory.Services.CreateAsyncScope()).ToList();
        try
        {
            var connections = await Task.WhenAll(scopes.Select(scope => Task.Run(async () =>
            {
                var db = scope.ServiceProvider.GetRequiredService<OpsTrackerDbContext>();
                await db.Database.OpenConnectionAsync();
                return (SqliteConnection)db.Database.GetDbConnection();
            })));

            Assert.Equal(connections.Length, connections.Select(connection => connection.Handle!.DangerousGetHandle()).Distinct().Count());
            // Not from Microsoft.Data.Sqlite's pool, which would hand one twice now and then, too rarely to see here.
            Assert.All(connections, connection => Assert.False(new SqliteConnectionStringBuilder(connection.ConnectionString).Pooling));
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Disposing_a_test_host_leaves_other_pools_as_they_were()
    {
        using var other = new SqliteTestDatabase();
        var otherConnectionString = other.ConnectionString(pooled: true);
        SQLitePCL.sqlite3 idle;
        using (var connection = new SqliteConnection(otherConnectionString))
        {
            connection.Open();
            idle = connection.Handle!;
        }

        using (var factory = new ApiFactory().WithPooledConnections())
        {
            using var client = factory.CreateClient();
            using var list = await client.GetAsync(Paths.Casualties);
            await list.AssertStatusAsync(HttpStatusCode.OK);
        }

        // The other pool's idle connection is still there to be taken: the same native connection, not a new one.
        using var again = new SqliteConnection(otherConnectionString);
        again.Open();
        Assert.Same(idle, again.Handle);
        SqliteConnection.ClearPool(again);
    }
}
