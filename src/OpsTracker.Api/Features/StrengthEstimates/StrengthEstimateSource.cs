using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.StrengthEstimates;

public sealed class StrengthEstimateSource : ISourceLink
{
    public long StrengthEstimateId { get; set; }
    public long SourceId { get; set; }
}
