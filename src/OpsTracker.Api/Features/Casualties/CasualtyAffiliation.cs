namespace OpsTracker.Api.Features.Casualties;

public enum CasualtyAffiliation
{
    Isis,
    Civilian,
    PartnerForce,
    Coalition,
    GovernmentForce,
    Unknown,
}
