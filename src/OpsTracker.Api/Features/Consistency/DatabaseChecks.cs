using OpsTracker.Api.Features.Consistency.Postgres;
using OpsTracker.Api.Features.Consistency.Sqlite;
using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Consistency;

/// <summary>The consistency check's database-specific parts on each database, for its dialect to choose (<see cref="IDatabaseDialect.Choose"/>).</summary>
public sealed class DatabaseChecks(OpsTrackerDbContext db, CheckQueries queries) : IDialectChoice<IDatabaseChecks>
{
    public IDatabaseChecks ForSqlite() => new SqliteDatabaseChecks(db, queries);

    public IDatabaseChecks ForPostgres() => new PostgresDatabaseChecks(db, queries);
}
