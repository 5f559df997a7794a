using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Transfers;

public sealed class TransferSource : SourceLink
{
    public long TransferId { get; set; }
}
