using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>
/// Refuses with a 415 problem any request body whose <c>Content-Type</c> names a charset other than UTF-8, before an
/// endpoint reads it. Every body the API reads (JSON, NDJSON, CSV) is UTF-8, as RFC 8259 requires of JSON: a body
/// said to be <c>latin1</c> or <c>ascii</c> would otherwise be transcoded, storing Arabic text as mojibake or
/// <c>?</c>, and an unknown charset would fail the framework's JSON reader with a 500.
/// </summary>
public sealed class BodyCharsetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (ForeignCharset(context) is { } charset)
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "Unsupported charset: send the body as UTF-8.",
                    Detail = $"The Content-Type says charset={charset}. Request bodies are read as UTF-8 only (JSON is UTF-8, RFC 8259): "
                        + "send UTF-8 with charset=utf-8 or no charset. Nothing was written.",
                },
            });
            return;
        }

        await next(context);
    }

    /// <summary>
    /// The charset the body's Content-Type names when it is not UTF-8, else null. A UTF-8 named otherwise than the
    /// framework's JSON reader knows it (<c>utf8</c>, <c>"utf-8"</c> in quotes) is renamed <c>utf-8</c> on the request.
    /// </summary>
    private static string? ForeignCharset(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentType is null
            || context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false }
            || !MediaTypeHeaderValue.TryParse(request.ContentType, out var header))
        {
            return null;
        }

        var charsets = header.Parameters.Where(parameter => parameter.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)).ToList();
        if (charsets.Count == 0)
        {
            return null;
        }

        foreach (var charset in charsets)
        {
            var name = HeaderUtilities.RemoveQuotes(charset.Value).ToString();
            if (!name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        if (charsets.Count > 1 || !charsets[0].Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var charset in charsets)
            {
                header.Parameters.Remove(charset);
            }

            header.Charset = "utf-8";
            request.ContentType = header.ToString();
        }

        return null;
    }
}
