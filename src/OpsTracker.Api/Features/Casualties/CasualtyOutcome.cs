namespace OpsTracker.Api.Features.Casualties;

public enum CasualtyOutcome
{
    Killed,
    Wounded,
}
