using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpsTracker.Api.Infrastructure.Database.DesignTime;

/// <summary>
/// Builds the PostgreSQL context for <c>dotnet ef migrations add --context PostgresOpsTrackerDbContext</c>, with no
/// server needed: adding a migration reads the model and never connects.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOpsTrackerDbContext>
{
    public PostgresOpsTrackerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresOpsTrackerDbContext>();
        DatabaseSetup.ConfigurePostgres(options, "Host=localhost;Database=opstracker_design_time");
        return new PostgresOpsTrackerDbContext(options.Options);
    }
}
