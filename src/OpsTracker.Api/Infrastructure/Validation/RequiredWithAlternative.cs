namespace OpsTracker.Api.Infrastructure.Validation;

/// <summary>
/// The state of a validation failure for a field that is required only when another field is left out (startDate,
/// unless endDate is given): the OpenAPI document must not list such a field as required, although an empty request
/// fails on it.
/// </summary>
public sealed class RequiredWithAlternative
{
    public static RequiredWithAlternative Instance { get; } = new();

    private RequiredWithAlternative()
    {
    }
}
