using OpsTracker.Api.Infrastructure.Auth;

namespace OpsTracker.Api.Features.ApiKeys;

/// <summary>
/// A key that callers send in <c>X-Api-Key</c>. Only the key's hash is stored: the key itself is shown once, when it
/// is created, and cannot be read back from the database.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }

    /// <summary>Unique name, recorded as the actor of every change made with the key ("jane-laptop", "nightly-import").</summary>
    public string Name { get; set; } = "";

    public ApiKeyRole Role { get; set; }

    /// <summary>SHA-256 of the key's text (see <see cref="ApiKeySecrets"/> for why a fast hash is enough here).</summary>
    public byte[] KeyHash { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// When the key was revoked; a revoked key authenticates no request. The row is kept, not deleted, so the name an
    /// audit entry names still says which key that was, and is not given to another key.
    /// </summary>
    public DateTime? RevokedAt { get; set; }
}
