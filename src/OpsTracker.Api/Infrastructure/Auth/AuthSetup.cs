using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace OpsTracker.Api.Infrastructure.Auth;

public static class AuthSetup
{
    /// <summary>The API key scheme, the policies of <see cref="AuthPolicies"/> and problem answers for refused calls.</summary>
    public static IServiceCollection AddOpsTrackerAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthSettings>()
            .Bind(configuration.GetSection(AuthSettings.Section))
            .PostConfigure(settings =>
            {
                if (configuration[AuthSettings.AdminKeyVariable] is { Length: > 0 } fromEnvironment)
                {
                    settings.BootstrapAdminKey = fromEnvironment;
                }
            })
            .Validate(
                settings => string.IsNullOrEmpty(settings.BootstrapAdminKey) || settings.BootstrapAdminKey.Length >= AuthSettings.MinimumBootstrapKeyLength,
                $"The bootstrap admin key ({AuthSettings.AdminKeyVariable} or Auth:BootstrapAdminKey) must be at least {AuthSettings.MinimumBootstrapKeyLength} characters.")
            .ValidateOnStart();

        services.AddAuthentication(ApiKeyDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);

        var byMethod = new AuthorizationPolicyBuilder().AddRequirements(new MethodRoleRequirement()).Build();
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.ByMethod, byMethod)
            .AddPolicy(AuthPolicies.Reader, policy => policy.AddRequirements(new RoleRequirement(ApiKeyRole.Reader)))
            .AddPolicy(AuthPolicies.Editor, policy => policy.AddRequirements(new RoleRequirement(ApiKeyRole.Editor)))
            .AddPolicy(AuthPolicies.Admin, policy => policy.AddRequirements(new RoleRequirement(ApiKeyRole.Admin)))

            // An endpoint mapped without any authorization of its own still gets the method rule, so a new endpoint
            // is never open to writes by accident; the few open ones (/, /health) say AllowAnonymous.
            .SetFallbackPolicy(byMethod);
        services.AddSingleton<IAuthorizationHandler, MethodRoleHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return services;
    }
}
