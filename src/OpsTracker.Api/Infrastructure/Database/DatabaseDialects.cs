using OpsTracker.Api.Infrastructure.Database.Postgres;
using OpsTracker.Api.Infrastructure.Database.Sqlite;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>The dialects the API runs on, and the one <c>Database:Provider</c> names.</summary>
public static class DatabaseDialects
{
    public static IReadOnlyList<IDatabaseDialect> All { get; } = [SqliteDialect.Instance, PostgresDialect.Instance];

    /// <summary>The dialect of a migration's provider (<c>migrationBuilder.ActiveProvider</c>).</summary>
    public static IDatabaseDialect ForMigrations(string? activeProvider) =>
        All.SingleOrDefault(dialect => dialect.ProviderName == activeProvider)
            ?? throw new NotSupportedException($"The API has no dialect for the EF Core provider '{activeProvider}'.");

    public static IDatabaseDialect For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Postgres => PostgresDialect.Instance,
        _ => SqliteDialect.Instance,
    };
}
