using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Forces;

public sealed class ForceResponse : RecordResponse
{
    public required string Name { get; init; }
    public required string? Acronym { get; init; }
    public required List<string> Aliases { get; init; }
    public required ForceKind Kind { get; init; }
    public required long? ParentId { get; init; }
}
