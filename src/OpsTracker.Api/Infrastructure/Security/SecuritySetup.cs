using System.Net;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>
/// The API's hardening, registered in one place: rate limits, request body limits, security headers, CORS, no
/// server banner, 500 problems that reveal nothing, and client addresses from trusted proxies. See docs/hardening.md.
/// </summary>
public static class SecuritySetup
{
    /// <summary>What a browser page on an allowed origin may send, and read back, across origins.</summary>
    private static readonly string[] CorsMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] CorsRequestHeaders = ["Content-Type", "X-Api-Key", "If-Match", "If-None-Match"];
    private static readonly string[] CorsExposedHeaders = ["ETag", "Location", "Retry-After", "Link"];

    public static WebApplicationBuilder AddOpsTrackerSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        // The "Server: Kestrel" banner tells an attacker what to look up; nothing needs it.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);

        services.AddOptions<RateLimitSettings>()
            .Bind(configuration.GetSection(RateLimitSettings.Section))
            .Validate(settings => settings.IsValid, "RateLimiting: PermitLimit, AnonymousPermitLimit and WindowSeconds must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitSettings>>((options, settings) => ApiRateLimiting.Configure(options, settings.Value));

        services.AddOptions<RequestBodySettings>()
            .Bind(configuration.GetSection(RequestBodySettings.Section))
            .Validate(settings => settings.RecordBodyBytes > 0, "Limits:RecordBodyBytes must be positive.")
            .ValidateOnStart();

        services.AddOptions<ProxySettings>()
            .Bind(configuration.GetSection(ProxySettings.Section))
            .Validate(settings => settings.IsValid, "ForwardedHeaders:KnownProxies must be IP addresses.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxySettings>>((options, settings) =>
        {
            // The defaults trust loopback only, which suits nginx on the same machine; more proxies come from settings.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in settings.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        services.Configure<CorsSettings>(configuration.GetSection(CorsSettings.Section));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((options, settings) =>
            options.AddDefaultPolicy(policy => policy
                .WithOrigins(settings.Value.AllowedOrigins)
                .WithMethods(CorsMethods)
                .WithHeaders(CorsRequestHeaders)
                .WithExposedHeaders(CorsExposedHeaders)));

        if (!builder.Environment.IsDevelopment())
        {
            // After every other configuration, so a customisation registered elsewhere runs first and cannot undo this.
            services.PostConfigure<ProblemDetailsOptions>(options =>
            {
                var customize = options.CustomizeProblemDetails;
                options.CustomizeProblemDetails = context =>
                {
                    customize?.Invoke(context);
                    ServerErrorProblems.Hide(context);
                };
            });
        }

        return builder;
    }

    /// <summary>
    /// Forwarded headers from trusted proxies, security headers, CORS, the UTF-8 rule for bodies and request body
    /// limits. First in the pipeline, ahead of the exception handler, so that every answer, errors included, carries the
    /// headers and no endpoint reads a body in another charset or an oversized one.
    /// </summary>
    public static WebApplication UseOpsTrackerSecurity(this WebApplication app)
    {
        // The client's own address, from a trusted proxy's X-Forwarded-For, before anything (the rate limiter) reads it.
        if (app.Services.GetRequiredService<IOptions<ProxySettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        // A browser sends Origin on its own page's POSTs too (Swagger UI's): those are not cross-origin, and the CORS
        // middleware would log each as a failed policy. Only requests from another origin meet the policy, and those it
        // refuses are logged once each (CorsRefusals).
        app.UseWhen(IsCrossOrigin, crossOrigin => crossOrigin.UseCorsRefusalLog().UseCors());
        app.UseMiddleware<BodyCharsetMiddleware>();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }

    /// <summary>True when the request names an Origin other than the API's own (scheme, host and port).</summary>
    private static bool IsCrossOrigin(HttpContext context) =>
        context.Request.Headers.Origin is [{ Length: > 0 } origin]
        && !string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host.Value}", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The rate limiter. It partitions by the authenticated API key, so it must come after authentication in the
    /// pipeline (before it, every caller would count as anonymous) and before authorization (so refused calls, a
    /// client guessing keys among them, are counted too).
    /// </summary>
    public static WebApplication UseOpsTrackerRateLimiter(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
