namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>The names of the API's authorization policies, for <c>RequireAuthorization</c>.</summary>
public static class AuthPolicies
{
    /// <summary>
    /// Reads (GET, HEAD) need the reader role, or nothing while <c>Auth:AnonymousRead</c> is on (then a key that is
    /// sent must still be valid); every other method needs the editor role. Every API endpoint has this policy.
    /// </summary>
    public const string ByMethod = "ByMethod";

    /// <summary>A key with the reader role or above, whatever the method.</summary>
    public const string Reader = "Reader";

    /// <summary>A key with the editor role or above, whatever the method.</summary>
    public const string Editor = "Editor";

    /// <summary>A key with the admin role: key management and the audit trail.</summary>
    public const string Admin = "Admin";
}
