namespace OpsTracker.Api.Features.Operations;

public enum OperationType
{
    Raid,
    Airstrike,
    GroundOperation,
    AdviseAndAssist,
    SecuritySweep,

    /// <summary>A record that stands for many operations, as in "more than 22 operations in October".</summary>
    Summary,
    Other,
}
