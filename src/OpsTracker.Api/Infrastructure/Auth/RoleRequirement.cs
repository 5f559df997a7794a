using Microsoft.AspNetCore.Authorization;
using OpsTracker.Api.Features.ApiKeys;

namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>A key with <see cref="Minimum"/> or a role that includes it.</summary>
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
