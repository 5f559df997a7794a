namespace OpsTracker.Api.Features.Forces;

public enum ForceKind
{
    Coalition,
    StateForce,
    PartnerForce,
    InsurgentGroup,
    Other,
}
