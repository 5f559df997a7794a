namespace OpsTracker.Api.Features.Transfers;

/// <summary>What a transfer's count counts: people, or families of unknown size, which are never added to people.</summary>
public enum TransferUnit
{
    Individuals,
    Families,
}
