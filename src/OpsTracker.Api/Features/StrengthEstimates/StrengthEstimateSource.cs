using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.StrengthEstimates;

public sealed class StrengthEstimateSource : SourceLink
{
    public long StrengthEstimateId { get; set; }
}
