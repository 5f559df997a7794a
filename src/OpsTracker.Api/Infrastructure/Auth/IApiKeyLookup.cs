namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>
/// Finds the stored key a request presents, by its hash (<see cref="ApiKeySecrets.Hash"/>), for the authentication
/// handler. The keys themselves are a feature's (Features/ApiKeys); authentication needs only this.
/// </summary>
public interface IApiKeyLookup
{
    /// <summary>The stored, unrevoked key with this hash, or null.</summary>
    Task<StoredApiKey?> FindActiveAsync(byte[] hash, CancellationToken cancellationToken);
}
