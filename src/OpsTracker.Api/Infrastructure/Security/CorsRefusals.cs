using Microsoft.Net.Http.Headers;

namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>
/// Logs each request from another origin that CORS refused (an origin not in <c>Cors:AllowedOrigins</c>), once, at
/// Information: a refusal an operator may want to see, for instance a dashboard whose origin is not configured yet.
/// Requests from the API's own pages never get here (see <see cref="SecuritySetup"/>).
/// </summary>
public static partial class CorsRefusals
{
    public static IApplicationBuilder UseCorsRefusalLog(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (!context.Response.Headers.ContainsKey(HeaderNames.AccessControlAllowOrigin))
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CorsRefusals));
            Refused(logger, context.Request.Headers.Origin.ToString(), context.Request.Method, context.Request.Path);
        }
    });

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a cross-origin {Method} {Path} from {Origin}: the origin is not in Cors:AllowedOrigins.")]
    private static partial void Refused(ILogger logger, string origin, string method, string path);
}
