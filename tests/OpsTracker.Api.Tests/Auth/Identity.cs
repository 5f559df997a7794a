namespace OpsTracker.Api.Tests.Auth;

/// <summary>Who calls, in the access matrix: no key, a key the API does not know, or a key of each role.</summary>
public enum Identity
{
    Anonymous,
    WrongKey,
    Reader,
    Editor,
    Admin,

    /// <summary>The bootstrap admin key from configuration, which is stored nowhere.</summary>
    BootstrapAdmin,
}
