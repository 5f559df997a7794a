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

    /// <summary>
    /// An import: one entry for the whole file (its hash, the mode, the counts and the ids it created and updated). The
    /// records it created have no entries of their own; their histories start with one derived from this entry.
    /// </summary>
    Import,
}
