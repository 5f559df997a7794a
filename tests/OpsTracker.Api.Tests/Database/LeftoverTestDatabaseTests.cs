using OpsTracker.Api.Tests.Infrastructure.Databases;

namespace OpsTracker.Api.Tests.Database;

/// <summary>
/// A test run that is killed leaves its PostgreSQL databases behind; the next run drops those old enough to be
/// nobody's, and keeps the others.
/// </summary>
[PostgresOnly("The test databases left on a server are PostgreSQL's; SQLite's are temporary files.")]
public sealed class LeftoverTestDatabaseTests
{
    [Fact]
    public void A_test_database_older_than_any_run_is_dropped_and_a_recent_one_is_kept()
    {
        var now = DateTime.UtcNow;
        var leftover = PostgresTestDatabase.CreateDatedDatabase(now - PostgresTestDatabase.LeftoverAge - TimeSpan.FromHours(1));
        var recent = PostgresTestDatabase.CreateDatedDatabase(now - TimeSpan.FromMinutes(5));
        try
        {
            var dropped = PostgresTestDatabase.DropLeftovers(now);

            Assert.Contains(leftover, dropped);
            Assert.DoesNotContain(recent, dropped);
            Assert.Empty(PostgresTestDatabase.DatabasesNamed(leftover));
            Assert.Single(PostgresTestDatabase.DatabasesNamed(recent));
        }
        finally
        {
            PostgresTestDatabase.DropNamed(leftover);
            PostgresTestDatabase.DropNamed(recent);
        }
    }
}
