using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>
/// The one global rate limiter: a fixed window per API key for authenticated callers and per client address for
/// anonymous ones, so one busy key never slows another. Counters live in this process's memory.
/// </summary>
public static class ApiRateLimiting
{
    /// <summary>The health check stays answerable to load balancers and monitors however busy a caller is.</summary>
    private static readonly PathString Exempt = "/health";

    public static void Configure(RateLimiterOptions options, RateLimitSettings settings)
    {
        if (!settings.Enabled)
        {
            return;
        }

        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, settings));
        options.OnRejected = (context, _) => RejectAsync(context, settings);
    }

    /// <summary>
    /// The caller's partition: <c>key:NAME</c> once authentication has named the key (which is why the limiter must
    /// run after it), else <c>ip:ADDRESS</c>. A test server has no remote address; those calls share one partition.
    /// </summary>
    public static RateLimitPartition<string> Partition(HttpContext context, RateLimitSettings settings)
    {
        if (context.Request.Path.StartsWithSegments(Exempt))
        {
            return RateLimitPartition.GetNoLimiter("exempt");
        }

        if (context.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name })
        {
            return RateLimitPartition.GetFixedWindowLimiter("key:" + name, _ => Window(settings.PermitLimit, settings));
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter("ip:" + address, _ => Window(settings.AnonymousPermitLimit, settings));
    }

    // No queue: a caller over its limit is told at once when to come back, rather than held on an open connection.
    private static FixedWindowRateLimiterOptions Window(int permitLimit, RateLimitSettings settings) => new()
    {
        PermitLimit = permitLimit,
        Window = settings.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitSettings settings)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : settings.Window;
        // Whole seconds, rounded up: retrying a fraction early would only be refused again.
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"Retry after {seconds} seconds. The limit is {LimitOf(http, settings)} requests every "
                    + $"{settings.WindowSeconds} seconds {(IsKeyed(http) ? "per API key" : "per client address without an API key")}.",
            },
        });
    }

    private static bool IsKeyed(HttpContext http) => http.User.Identity is { IsAuthenticated: true, Name.Length: > 0 };

    private static int LimitOf(HttpContext http, RateLimitSettings settings) =>
        IsKeyed(http) ? settings.PermitLimit : settings.AnonymousPermitLimit;
}
