using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>
/// Answers a refused call with an RFC 9457 problem that says what to do: 401 when no valid key came with it (none
/// sent, or one that is unknown or revoked), 403 when the key is valid but its role is not enough.
/// </summary>
public sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }

        var needs = string.Join(" ", authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).Distinct() ?? []);
        ProblemDetails problem;
        if (authorizeResult.Forbidden)
        {
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "The API key's role does not allow this call.",
                Detail = $"The key '{context.User.Identity?.Name}' has the {RoleClaims.Name(RoleClaims.RoleOf(context.User)!.Value)} role. {needs}".Trim(),
            };
        }
        else
        {
            var sent = context.Request.Headers.ContainsKey(ApiKeyDefaults.Header);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = sent ? "The API key is not valid." : "An API key is required.",
                Detail = sent
                    ? $"The key sent in {ApiKeyDefaults.Header} is unknown or has been revoked."
                    : $"Send a key in the {ApiKeyDefaults.Header} header. {needs}".Trim(),
            };

            // RFC 9110 asks a 401 to name the scheme the client should use.
            context.Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.Scheme} header=\"{ApiKeyDefaults.Header}\"";
        }

        context.Response.StatusCode = problem.Status.Value;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
