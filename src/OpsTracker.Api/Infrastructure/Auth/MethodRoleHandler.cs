using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>
/// Reads (GET, HEAD) need the reader role, or no key while <c>Auth:AnonymousRead</c> is on; anything else needs the
/// editor role. A key that was sent but did not authenticate (unknown or revoked) fails even an open read: answering
/// it as anonymous would hide a client's mistake until the day reads are closed.
/// </summary>
public sealed class MethodRoleHandler(IOptionsMonitor<AuthSettings> settings) : AuthorizationHandler<MethodRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MethodRoleRequirement requirement)
    {
        var request = (context.Resource as HttpContext)?.Request;

        // Without the request (never the case under endpoint routing) the call is taken for a write: the safe side.
        var isRead = request is not null && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        var sentKey = request?.Headers.ContainsKey(ApiKeyDefaults.Header) ?? false;
        var needed = isRead ? ApiKeyRole.Reader : ApiKeyRole.Editor;

        if ((isRead && settings.CurrentValue.AnonymousRead && !sentKey) || RoleClaims.Meets(context.User, needed))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"This call needs the {RoleClaims.Name(needed)} role."));
        }

        return Task.CompletedTask;
    }
}
