using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Arrests;

public sealed class ArrestResponse : EventRecordResponse
{
    public required long? OperationId { get; init; }
    public required long? ArrestingForceId { get; init; }
    public required List<long> PersonIds { get; init; }
    public required string? PersonName { get; init; }
    public required string? PersonAlias { get; init; }
    public required string? PersonNationality { get; init; }
    public required string? PersonRole { get; init; }
}
