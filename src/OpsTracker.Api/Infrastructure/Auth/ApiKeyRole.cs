namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>
/// What a key may do. The roles are ordered: each includes everything the ones before it may do (admin ⊃ editor ⊃
/// reader), so a check is a comparison, never a list of roles.
/// </summary>
public enum ApiKeyRole
{
    /// <summary>Reads: lists, records, stats, exports.</summary>
    Reader = 1,

    /// <summary>Also creates, replaces and deletes records and runs imports.</summary>
    Editor = 2,

    /// <summary>Also manages API keys and reads the audit trail.</summary>
    Admin = 3,
}
