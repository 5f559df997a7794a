using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Operations;

public sealed class OperationResponse : EventRecordResponse
{
    public required string Title { get; init; }
    public required OperationType Type { get; init; }
    public required OperationOutcome? Outcome { get; init; }
    public required List<long> ForceIds { get; init; }
}
