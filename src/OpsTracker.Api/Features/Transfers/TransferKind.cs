namespace OpsTracker.Api.Features.Transfers;

/// <summary>How people left a camp or prison.</summary>
public enum TransferKind
{
    /// <summary>Returned to their country of nationality (Iraqi families from al-Hol to Iraq).</summary>
    Repatriation,

    /// <summary>Detainees handed from one custodian to another (SDF to Iraq).</summary>
    DetaineeTransfer,

    /// <summary>Let go by the custodian, as a camp's Syrian families leaving under a sponsorship scheme.</summary>
    Release,

    /// <summary>Left without the custodian's leave.</summary>
    Escape,
}
