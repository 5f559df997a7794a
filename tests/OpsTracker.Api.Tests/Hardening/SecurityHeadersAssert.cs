using OpsTracker.Api.Infrastructure.Security;

namespace OpsTracker.Api.Tests.Hardening;

/// <summary>Assertions on the security headers every answer carries.</summary>
public static class SecurityHeadersAssert
{
    /// <summary>The headers of an API answer (anything outside Swagger UI), whatever its status.</summary>
    public static void Present(HttpResponseMessage response) =>
        Present(response, SecurityHeadersMiddleware.ApiPolicy);

    public static void Present(HttpResponseMessage response, string contentSecurityPolicy)
    {
        var where = $"{(int)response.StatusCode} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}";
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var noSniff), $"No X-Content-Type-Options on the {where}.");
        Assert.Equal(["nosniff"], noSniff);
        Assert.True(response.Headers.TryGetValues("X-Frame-Options", out var frames), $"No X-Frame-Options on the {where}.");
        Assert.Equal(["DENY"], frames);
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer), $"No Referrer-Policy on the {where}.");
        Assert.Equal(["no-referrer"], referrer);
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var policy), $"No Content-Security-Policy on the {where}.");
        Assert.Equal([contentSecurityPolicy], policy);
        Assert.Empty(response.Headers.Server);
    }
}
