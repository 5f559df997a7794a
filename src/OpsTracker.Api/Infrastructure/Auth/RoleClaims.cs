using System.Security.Claims;

namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>The identity an authenticated key gives a request, and the role checks on it.</summary>
public static class RoleClaims
{
    /// <summary>Name = the key's name (what audit entries record as the actor), Role = its role in camelCase ("editor").</summary>
    public static ClaimsPrincipal Principal(string keyName, ApiKeyRole role) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, keyName), new Claim(ClaimTypes.Role, Name(role))],
            ApiKeyDefaults.Scheme));

    /// <summary>The role of an authenticated key, or null for an anonymous caller.</summary>
    public static ApiKeyRole? RoleOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            && Enum.TryParse<ApiKeyRole>(user.FindFirstValue(ClaimTypes.Role), ignoreCase: true, out var role)
            ? role
            : null;

    /// <summary>True when the caller's role is <paramref name="needed"/> or one that includes it.</summary>
    public static bool Meets(ClaimsPrincipal user, ApiKeyRole needed) => RoleOf(user) is { } role && role >= needed;

    public static string Name(ApiKeyRole role) => role.ToString().ToLowerInvariant();
}
