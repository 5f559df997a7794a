namespace OpsTracker.Api.Features.Audit;

/// <summary>What a change did to a record (or to an API key).</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,

    /// <summary>An API key was revoked: it stays, and authenticates nothing from then on.</summary>
    Revoke,
}
