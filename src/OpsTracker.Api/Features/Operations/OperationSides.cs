using System.Linq.Expressions;

namespace OpsTracker.Api.Features.Operations;

/// <summary>
/// The side of an operation, read from its type (not stored): a type is the insurgent side's or the other's, so
/// filters and totals can tell "operations against ISIS" from "attacks by ISIS" whatever forces are named.
/// </summary>
public static class OperationSides
{
    /// <summary>The types of what insurgent groups do; an outcome (carried out or foiled) belongs to these only.</summary>
    public static IReadOnlyList<OperationType> InsurgentTypes { get; } =
        [OperationType.Attack, OperationType.Ambush, OperationType.Bombing, OperationType.Assassination, OperationType.Plot];

    public static OperationSide Of(OperationType type) =>
        InsurgentTypes.Contains(type) ? OperationSide.Insurgent : OperationSide.CounterInsurgent;

    /// <summary>The operations of the sides given, as a query condition.</summary>
    public static Expression<Func<Operation, bool>> OnSides(IReadOnlyCollection<OperationSide> sides)
    {
        var types = Enum.GetValues<OperationType>().Where(type => sides.Contains(Of(type))).ToList();
        return operation => types.Contains(operation.Type);
    }
}
