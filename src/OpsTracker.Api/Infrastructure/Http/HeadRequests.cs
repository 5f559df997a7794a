using Microsoft.AspNetCore.Http.Features;

namespace OpsTracker.Api.Infrastructure.Http;

/// <summary>
/// HEAD (RFC 9110 §9.3.2) on every GET route: the request is handled as the GET it mirrors, so the answer has the same
/// status and headers (ETag, Link, Content-Type), and its body is dropped. Rate limits and authorization treat it as
/// the read it is.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Features.Set(body);
        }
    });
}
