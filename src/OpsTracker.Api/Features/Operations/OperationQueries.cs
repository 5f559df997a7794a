using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Operations;

/// <summary>Queries of operations that other resources' filters use.</summary>
public static class OperationQueries
{
    /// <summary>Ids of the operations conducted by any of the forces: forceId for records tied to an operation.</summary>
    public static IQueryable<long?> ConductedBy(OpsTrackerDbContext db, IReadOnlyList<long> forceIds) =>
        db.Set<Operation>().Where(o => o.ForceLinks.Any(link => forceIds.Contains(link.ForceId))).Select(o => (long?)o.Id);
}
