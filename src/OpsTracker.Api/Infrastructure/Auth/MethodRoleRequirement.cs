using Microsoft.AspNetCore.Authorization;

namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>
/// The requirement behind <see cref="AuthPolicies.ByMethod"/>: the role a call needs follows from its HTTP method.
/// <see cref="MethodRoleHandler"/> decides it.
/// </summary>
public sealed class MethodRoleRequirement : IAuthorizationRequirement;
