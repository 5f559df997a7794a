using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

public sealed class CountResponse
{
    public required int Best { get; init; }
    public required int? Low { get; init; }
    public required int? High { get; init; }
    public required CountQualifier Qualifier { get; init; }
}
