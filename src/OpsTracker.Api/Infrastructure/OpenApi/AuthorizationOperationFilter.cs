using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using OpsTracker.Api.Infrastructure.Auth;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Says on each operation which role it needs, from the same policies the endpoints enforce: a security requirement
/// for the API key (so Swagger UI sends the key there) and a "Requires the editor role." line in its description.
/// Reads that need no key while <c>Auth:AnonymousRead</c> is on have the key as an option (a requirement, or none), and a
/// 401 for a key sent that is not valid.
/// </summary>
public sealed class AuthorizationOperationFilter(IOptionsMonitor<AuthSettings> settings) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).ToHashSet();
        var isRead = string.Equals(context.ApiDescription.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase);
        var needed = NeededRole(policies, isRead);
        var key = new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyDefaults.OpenApiScheme, context.Document)] = [],
        };
        operation.Responses ??= [];
        if (needed is null)
        {
            // The key is optional: either requirement is met, the empty one by sending none.
            Describe(operation, "Open without a key (Auth:AnonymousRead); a key that is sent must be valid.");
            operation.Security = [key, new OpenApiSecurityRequirement()];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "A key was sent and is unknown or revoked." });
            return;
        }

        Describe(operation, $"Requires the {RoleClaims.Name(needed.Value)} role.");
        operation.Security ??= [];
        operation.Security.Add(key);
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid API key: none sent, or one unknown or revoked." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The key's role is not enough." });
    }

    /// <summary>The strongest role the operation's policies ask for; null when it needs no key.</summary>
    private ApiKeyRole? NeededRole(IReadOnlySet<string?> policies, bool isRead)
    {
        if (policies.Contains(AuthPolicies.Admin))
        {
            return ApiKeyRole.Admin;
        }

        if (policies.Contains(AuthPolicies.Editor))
        {
            return ApiKeyRole.Editor;
        }

        // No policy of its own means the fallback policy, which is the method rule too.
        if (!isRead)
        {
            return ApiKeyRole.Editor;
        }

        return policies.Contains(AuthPolicies.Reader) || !settings.CurrentValue.AnonymousRead ? ApiKeyRole.Reader : null;
    }

    private static void Describe(OpenApiOperation operation, string line) =>
        operation.Description = string.IsNullOrEmpty(operation.Description) ? line : $"{operation.Description}\n\n{line}";
}
