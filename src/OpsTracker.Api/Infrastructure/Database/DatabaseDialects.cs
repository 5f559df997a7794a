using OpsTracker.Api.Infrastructure.Database.Postgres;
using OpsTracker.Api.Infrastructure.Database.Sqlite;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>The dialects the API runs on, and the one <c>Database:Provider</c> names.</summary>
public static class DatabaseDialects
{
    public static IReadOnlyList<IDatabaseDialect> All { get; } = [SqliteDialect.Instance, PostgresDialect.Instance];

    public static IDatabaseDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => PostgresDialect.Instance,
        _ => SqliteDialect.Instance,
    };
}
