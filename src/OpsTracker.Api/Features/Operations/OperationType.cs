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

    // What insurgent groups (ISIS) do, which operations answer: the insurgent side (OperationSides).

    /// <summary>An armed attack on a post, a checkpoint, a patrol.</summary>
    Attack,
    Ambush,

    /// <summary>An explosive attack: a car bomb, an IED, a suicide bombing.</summary>
    Bombing,
    Assassination,

    /// <summary>A planned attack, carried out or foiled (<see cref="OperationOutcome"/>).</summary>
    Plot,
}
