using System.Text.Json.Serialization;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Operations;

public sealed class OperationResponse : EventRecordResponse
{
    public required string Title { get; init; }
    public required OperationType Type { get; init; }
    /// <summary>Whether an attack was carried out or foiled; left out for the other types, which have no outcome.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public required OperationOutcome? Outcome { get; init; }
    public required List<long> ForceIds { get; init; }
}
