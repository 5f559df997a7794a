using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Operations;

/// <summary>An operation, or a summary of several ("more than 22 operations"): count says how many (default 1).</summary>
public sealed class OperationRequest : EventRecordRequest
{
    /// <summary>Required.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Default other. attack, ambush, bombing, assassination and plot are what insurgent groups (ISIS) do: the
    /// insurgent side, conducted by an insurgent-group force.
    /// </summary>
    public OperationType? Type { get; init; }

    /// <summary>For the insurgent side's types only: carriedOut (their default) or foiled.</summary>
    public OperationOutcome? Outcome { get; init; }

    /// <summary>The forces that conducted or advised it.</summary>
    public List<long>? ForceIds { get; init; }
}
