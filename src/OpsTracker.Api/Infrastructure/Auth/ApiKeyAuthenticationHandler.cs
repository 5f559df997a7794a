using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace OpsTracker.Api.Infrastructure.Auth;

/// <summary>
/// Authenticates the key in <c>X-Api-Key</c>: the bootstrap admin key from configuration, or a stored key that is
/// not revoked. No header: no result (anonymous); a key that matches nothing: a failure, which the authorization
/// step turns into a 401 problem (see <see cref="ProblemAuthorizationResultHandler"/>).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<AuthSettings> settings,
    IApiKeyLookup keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        if (values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.Fail($"Send one key in {ApiKeyDefaults.Header}.");
        }

        var hash = ApiKeySecrets.Hash(values[0]!);
        if (settings.CurrentValue.BootstrapAdminKey is { Length: > 0 } bootstrap && ApiKeySecrets.SameHash(hash, ApiKeySecrets.Hash(bootstrap)))
        {
            return Success(AuthSettings.BootstrapKeyName, ApiKeyRole.Admin);
        }

        // Looked up on every request, never cached: a revoked key must fail at once, on every instance of the API
        // that shares the database. The lookup finds the row by its hash through the unique index; the constant-time
        // comparison after it is what decides.
        var stored = await keys.FindActiveAsync(hash, Context.RequestAborted);
        return stored is not null && ApiKeySecrets.SameHash(stored.KeyHash, hash)
            ? Success(stored.Name, stored.Role)
            : AuthenticateResult.Fail("The API key is unknown or has been revoked.");
    }

    private AuthenticateResult Success(string name, ApiKeyRole role) =>
        AuthenticateResult.Success(new AuthenticationTicket(RoleClaims.Principal(name, role), Scheme.Name));
}
