namespace OpsTracker.Api.Tests.Auth;

/// <summary>What a call needs: a read (reader, or nothing with anonymous reads), a write (editor) or key management (admin).</summary>
public enum CallKind
{
    Read,
    Write,
    Admin,
}
