namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>The environment variable that gives the bootstrap admin key; it wins over <see cref="BootstrapAdminKey"/>.</summary>
    public const string AdminKeyVariable = "OPSTRACKER_ADMIN_KEY";

    /// <summary>The name the bootstrap admin key acts under; no stored key may take it, or the audit trail would be ambiguous.</summary>
    public const string BootstrapKeyName = "bootstrap-admin";

    /// <summary>
    /// Shorter bootstrap keys are refused at start-up: unlike generated keys, this one is chosen by a person and is
    /// stored nowhere but compared as given, so it must be long enough not to be guessed.
    /// </summary>
    public const int MinimumBootstrapKeyLength = 16;

    /// <summary>Reads need no key (a key that is sent must still be valid). Off: reads need a reader key.</summary>
    public bool AnonymousRead { get; set; } = true;

    /// <summary>
    /// An admin key that works without being stored, for the first set-up (creating the real keys) and for
    /// recovery. It acts under the name <c>bootstrap-admin</c>. Unset: no such key.
    /// </summary>
    public string? BootstrapAdminKey { get; set; }
}
