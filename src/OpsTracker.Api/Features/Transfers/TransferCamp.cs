namespace OpsTracker.Api.Features.Transfers;

/// <summary>A camp that a transfer's people left.</summary>
public sealed class TransferCamp
{
    public long TransferId { get; set; }
    public long CampId { get; set; }
}
