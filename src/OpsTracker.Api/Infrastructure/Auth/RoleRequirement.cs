using Microsoft.AspNetCore.Authorization;

namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>
/// A key with <see cref="Minimum"/> or a role that includes it. The requirement is its own handler (ASP.NET Core runs
/// requirements that are handlers without registration): it needs nothing but the caller's claims.
/// </summary>
public sealed class RoleRequirement(ApiKeyRole minimum) : AuthorizationHandler<RoleRequirement>, IAuthorizationRequirement
{
    public ApiKeyRole Minimum { get; } = minimum;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        if (RoleClaims.Meets(context.User, requirement.Minimum))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"This call needs the {RoleClaims.Name(requirement.Minimum)} role."));
        }

        return Task.CompletedTask;
    }
}
