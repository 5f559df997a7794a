namespace OpsTracker.Api.Features.Operations;

/// <summary>Whether an insurgent attack or plot happened: reports count foiled plots apart from attacks carried out.</summary>
public enum OperationOutcome
{
    CarriedOut,
    Foiled,
}
