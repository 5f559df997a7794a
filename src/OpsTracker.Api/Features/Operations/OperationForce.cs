namespace OpsTracker.Api.Features.Operations;

/// <summary>A force that conducted (or advised) an operation.</summary>
public sealed class OperationForce
{
    public long OperationId { get; set; }
    public long ForceId { get; set; }
}
