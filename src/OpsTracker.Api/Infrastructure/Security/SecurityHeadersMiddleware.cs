namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>
/// Adds the security headers to every answer. They are set when the answer starts, not when the request comes in, so
/// they survive the exception handler clearing the headers of a failed request: 500s, 404s, 413s and 429s get them too.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// The API answers JSON, CSV and GeoJSON, never pages: a browser that renders one anyway may load nothing and run
    /// nothing, and no page may frame it.
    /// </summary>
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Swagger UI is a page: it loads its own scripts, styles and the OpenAPI document from this server, sets inline
    /// styles (React), and draws icons from data: URIs. Nothing from another origin, and still no framing.
    /// </summary>
    public const string SwaggerPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly PathString Swagger = "/swagger";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments(Swagger) ? SwaggerPolicy : ApiPolicy;
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
