namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>What authentication needs of a stored key: the name it acts under, its role and its hash.</summary>
public sealed record StoredApiKey(string Name, ApiKeyRole Role, byte[] KeyHash);
