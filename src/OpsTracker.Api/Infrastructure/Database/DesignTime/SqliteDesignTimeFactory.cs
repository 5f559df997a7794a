using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpsTracker.Api.Infrastructure.Database.DesignTime;

/// <summary>
/// Builds the SQLite context for <c>dotnet ef migrations add --context SqliteOpsTrackerDbContext</c> whatever
/// provider the configuration names; adding a migration reads the model and never opens the file.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOpsTrackerDbContext>
{
    public SqliteOpsTrackerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteOpsTrackerDbContext>();
        DatabaseSetup.ConfigureSqlite(options, "Data Source=design-time.db", TimeSpan.FromSeconds(30));
        return new SqliteOpsTrackerDbContext(options.Options);
    }
}
