namespace OpsTracker.Api.Features.Audit;

/// <summary>What a change did to a record (or to an API key).</summary>
public enum AuditAction
{
    Create,
    Update,
    Delete,

    /// <summary>An API key was revoked: it stays, and authenticates nothing from then on.</summary>
    Revoke,

    /// <summary>A report's draft was accepted: the record it made has a create entry of its own.</summary>
    Accept,

    /// <summary>A report's draft was turned down.</summary>
    Reject,
}
