using OpsTracker.Api.Infrastructure.Database;

namespace OpsTracker.Api.Features.Operations;

/// <summary>Queries of operations that other resources' filters use.</summary>
public static class OperationQueries
{
    /// <summary>Ids of the operations conducted by any of the forces: forceId for records tied to an operation.</summary>
    public static IQueryable<long?> ConductedBy(OpsTrackerDbContext db, IReadOnlyList<long> forceIds) =>
        db.Set<Operation>().Where(o => o.ForceLinks.Any(link => forceIds.Contains(link.ForceId))).Select(o => (long?)o.Id);

    /// <summary>Ids of the operations of one side (<see cref="OperationSides"/>): side for records tied to an operation.</summary>
    public static IQueryable<long?> OnSide(OpsTrackerDbContext db, OperationSide side) =>
        db.Set<Operation>().Where(OperationSides.OnSides([side])).Select(o => (long?)o.Id);

    /// <summary>side on records tied to an operation: only those tied to an operation of that side.</summary>
    public static RecordEngine.Querying.ListParameter SideParameter { get; } =
        RecordEngine.Querying.ListParameter.OneOf<OperationSide>("side",
            "Only records tied to an operation of this side: counterInsurgent (operations against ISIS) or insurgent (attacks by ISIS).", "insurgent");
}
