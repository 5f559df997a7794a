using OpsTracker.Api.Infrastructure.Auth;

namespace OpsTracker.Api.Features.ApiKeys;

/// <summary>An API key as lists show it: never the key itself, which only its creation answer shows.</summary>
public class ApiKeyResponse
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public required ApiKeyRole Role { get; init; }
    public required DateTime CreatedAt { get; init; }

    /// <summary>When the key was revoked, or null while it works.</summary>
    public required DateTime? RevokedAt { get; init; }

    public static ApiKeyResponse From(ApiKey key) => new()
    {
        Id = key.Id,
        Name = key.Name,
        Role = key.Role,
        CreatedAt = key.CreatedAt,
        RevokedAt = key.RevokedAt,
    };
}
