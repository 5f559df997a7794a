using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Operations;

public sealed class OperationSource : SourceLink
{
    public long OperationId { get; set; }
}
