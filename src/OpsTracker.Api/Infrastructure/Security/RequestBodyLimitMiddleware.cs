using System.Buffers;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>
/// Holds every request body to <c>Limits:RecordBodyBytes</c> (<c>Limits:DocumentBodyBytes</c> on endpoints that take a
/// document's text, <see cref="DocumentBodyMetadata"/>), except on endpoints that declare a limit of their own
/// (<see cref="IRequestSizeLimitMetadata"/>: the imports, which stream up to <c>Imports:MaxRequestBodyBytes</c> and
/// enforce it themselves). Over the limit is a 413 problem before the endpoint runs, so nothing is written.
/// </summary>
/// <remarks>
/// Kestrel enforces the limit too, once it is set on the request, but a test server does not, and a chunked body
/// has no length to check up front. So a declared length is checked at once, and a body without one is read here, up
/// to one byte past the limit: at most a record's worth of memory, and the endpoint then reads it from memory.
/// </remarks>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestBodySettings> settings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is not null
            || context.Request.ContentLength == 0
            || context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            await next(context);
            return;
        }

        var takesDocument = context.GetEndpoint()?.Metadata.GetMetadata<DocumentBodyMetadata>() is not null;
        var limit = takesDocument ? settings.Value.DocumentBodyBytes : settings.Value.RecordBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await TooLargeAsync(context, limit, takesDocument);
            return;
        }

        if (context.Request.ContentLength is not null)
        {
            // Kestrel's own cap (30 MB by default) would otherwise refuse a body that a larger configured limit allows.
            SetServerLimit(context, limit);
        }
        else
        {
            // Kestrel counts a chunked body's framing (the chunk sizes) against its cap, so it would refuse a body of
            // exactly the limit. The count below is of the body alone and stops one byte past the limit.
            SetServerLimit(context, null);
            var buffered = await ReadUpToAsync(context, limit);
            if (buffered is null)
            {
                await TooLargeAsync(context, limit, takesDocument);
                return;
            }

            context.Request.Body = buffered;
        }

        await next(context);
    }

    private static void SetServerLimit(HttpContext context, long? limit)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = limit;
        }
    }

    /// <summary>The whole body in memory, or null once it runs past <paramref name="limit"/>.</summary>
    private static async Task<MemoryStream?> ReadUpToAsync(HttpContext context, long limit)
    {
        var body = new MemoryStream();
        context.Response.RegisterForDispose(body);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                if (body.Length + read > limit)
                {
                    return null;
                }

                body.Write(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own cap held where it could not be lifted: the body is too large all the same.
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        body.Position = 0;
        return body;
    }

    private static async Task TooLargeAsync(HttpContext context, long limit, bool takesDocument)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The request body is too large.",
                Detail = takesDocument
                    ? $"The body is larger than this server's limit of {limit:N0} bytes for a document's text (Limits:DocumentBodyBytes). "
                        + "Nothing was written. Split the report into parts, each a source of its own."
                    : $"The body is larger than this server's limit of {limit:N0} bytes for a request (Limits:RecordBodyBytes). "
                        + "Nothing was written. Load many records at once with an import (docs/imports.md).",
            },
        });
    }
}
