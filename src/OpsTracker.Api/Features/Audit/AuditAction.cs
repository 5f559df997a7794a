namespace OpsTracker.Api.Features.Audit;

/// <summary>What a change did to a record.</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,
}
