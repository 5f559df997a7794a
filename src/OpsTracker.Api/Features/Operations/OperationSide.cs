namespace OpsTracker.Api.Features.Operations;

/// <summary>
/// Which side conducted an operation, as its type says: operations against insurgent groups (raids, airstrikes,
/// sweeps...) or attacks by them (attack, ambush, bombing, assassination, plot).
/// </summary>
public enum OperationSide
{
    CounterInsurgent,
    Insurgent,
}
