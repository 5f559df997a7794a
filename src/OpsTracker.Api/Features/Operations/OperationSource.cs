using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Operations;

public sealed class OperationSource : ISourceLink
{
    public long OperationId { get; set; }
    public long SourceId { get; set; }
}
