using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpsTracker.Api.Infrastructure.Database;

/// <summary>Healthy when the database answers a query.</summary>
public sealed class DatabaseHealthCheck(OpsTrackerDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
