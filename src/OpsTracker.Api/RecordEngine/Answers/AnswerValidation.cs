using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Paging;

namespace OpsTracker.Api.RecordEngine.Answers;

/// <summary>
/// Lists, exports and stats answered from the data version instead of recomputed. Before the endpoint runs, the
/// database's data version (<see cref="DataVersion"/>) is read: with the request (path, query in a normal order,
/// Accept, Prefer) it makes the answer's weak ETag, so an If-None-Match that names it answers 304 without running the
/// query, and an answer kept in <see cref="AnswerCache"/> at that version is sent from memory. Otherwise the endpoint
/// runs and its answer, when 200 and small enough, is kept. The version is read before the answer, so an answer is
/// never older than the version it is kept and tagged under. Sits after authorization: only a caller allowed to read
/// is answered, and an answer is the same for every such caller.
/// </summary>
public static class AnswerValidation
{
    /// <summary>The headers of its own an answer is sent again with.</summary>
    private static readonly string[] KeptHeaders =
        [HeaderNames.ContentType, HeaderNames.ContentDisposition, HeaderNames.Link, CountNames.Header, "Preference-Applied"];

    private const string StatsPrefix = "/api/v1/stats/";

    public static IServiceCollection AddAnswerValidation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResponseCacheSettings>()
            .Bind(configuration.GetSection(ResponseCacheSettings.Section))
            .Validate(settings => settings.SizeLimitBytes > 0 && settings.MaxEntryBytes > 0 && settings.SlidingExpirationSeconds > 0,
                "ResponseCache:SizeLimitBytes, MaxEntryBytes and SlidingExpirationSeconds must be positive.")
            .ValidateOnStart();
        return services.AddSingleton<AnswerCache>();
    }

    public static IApplicationBuilder UseAnswerValidation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !IsValidated(context.GetEndpoint()))
        {
            await next(context);
            return;
        }

        await AnswerAsync(context, next);
    });

    private static bool IsValidated(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<ValidatedAnswerMetadata>() is not null
        || (endpoint is RouteEndpoint route && route.RoutePattern.RawText?.StartsWith(StatsPrefix, StringComparison.Ordinal) == true);

    private static async Task AnswerAsync(HttpContext context, RequestDelegate next)
    {
        var db = context.RequestServices.GetRequiredService<OpsTrackerDbContext>();
        var cache = context.RequestServices.GetRequiredService<AnswerCache>();
        var version = await DataVersion.ReadAsync(db, context.RequestAborted);
        var key = Key(context.Request);
        var etag = $"W/\"{version}-{Hash(key)}\"";
        var response = context.Response;
        response.Headers.Append(HeaderNames.Vary, "Accept, Prefer");

        if (NoneMatch(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = etag;
            return;
        }

        // Cache-Control: no-cache asks for an answer from the database (RFC 9111 §5.2.1.4): it is read, and kept.
        var fromDatabase = context.Request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);
        var kept = fromDatabase ? null : cache.Find(key);
        if (kept is not null && kept.Version == version)
        {
            response.StatusCode = StatusCodes.Status200OK;
            foreach (var (name, value) in kept.Headers)
            {
                response.Headers[name] = value;
            }

            response.Headers.ETag = etag;
            response.Headers["Cache-Status"] = "OpsTracker; hit";
            response.ContentLength = kept.Body.Length;
            await response.Body.WriteAsync(kept.Body, context.RequestAborted);
            return;
        }

        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                response.Headers.ETag = etag;
                if (cache.Enabled)
                {
                    response.Headers["Cache-Status"] = fromDatabase ? "OpsTracker; fwd=request" : kept is null ? "OpsTracker; fwd=miss" : "OpsTracker; fwd=stale";
                }
            }

            return Task.CompletedTask;
        });

        if (!cache.Enabled)
        {
            await next(context);
            return;
        }

        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        var capturing = new CapturingStream(body.Stream, cache.MaxEntryBytes);
        var capturingFeature = new StreamResponseBodyFeature(capturing, body);
        context.Features.Set<IHttpResponseBodyFeature>(capturingFeature);
        try
        {
            await next(context);
            await capturingFeature.CompleteAsync();
        }
        finally
        {
            context.Features.Set(body);
        }

        if (response.StatusCode == StatusCodes.Status200OK && capturing.Captured is { } captured)
        {
            var headers = KeptHeaders
                .Where(name => response.Headers.ContainsKey(name))
                .Select(name => KeyValuePair.Create(name, response.Headers[name].ToString()))
                .ToList();
            cache.Keep(key, new CachedAnswer(version, headers, captured));
        }
    }

    /// <summary>
    /// What makes two requests the same answer: the path, the query parameters in name order (each one's values in
    /// the order given), and the headers a list reads (Accept chooses CSV or GeoJSON, Prefer the count).
    /// </summary>
    private static string Key(HttpRequest request)
    {
        var key = new StringBuilder(request.Path.Value);
        foreach (var (name, values) in request.Query.OrderBy(parameter => parameter.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                key.Append('\n').Append(name).Append('=').Append(value);
            }
        }

        key.Append("\nAccept: ").Append(request.Headers.Accept.ToString());
        key.Append("\nPrefer: ").Append(request.Headers["Prefer"].ToString());
        return key.ToString();
    }

    private static string Hash(string key) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 12).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>True when If-None-Match names this ETag (weak comparison, RFC 9110 §13.1.2) or is *.</summary>
    private static bool NoneMatch(HttpRequest request, string etag)
    {
        if (!request.Headers.ContainsKey(HeaderNames.IfNoneMatch)
            || !EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
