using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Hardening;

/// <summary>
/// A stand-in for API key authentication, for tests of what depends only on its outcome (the rate limiter's
/// partition per key): a request with <see cref="Header"/> is authenticated as the key so named. It runs first in the
/// pipeline, as authentication would; the real scheme, where present, leaves it be for keys it does not know.
/// </summary>
public sealed class TestKeyNames : IStartupFilter
{
    public const string Header = "X-Test-Key-Name";

    /// <summary>An API on <paramref name="factory"/>'s settings whose callers can name their key.</summary>
    public static WebApplicationFactory<Program> With(ApiFactory factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter, TestKeyNames>()));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers[Header] is [{ Length: > 0 } name])
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "TestKey"));
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
