using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Casualties;

public sealed class CasualtyResponse : EventRecordResponse
{
    public required long? OperationId { get; init; }
    public required List<long> PersonIds { get; init; }
    public required CasualtyAffiliation Affiliation { get; init; }
    public required CasualtyOutcome Outcome { get; init; }
}
