using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpsTracker.Api.Infrastructure.Errors;

/// <summary>How every error becomes an RFC 9457 problem: registered once, for every endpoint.</summary>
public static class ErrorSetup
{
    public static IServiceCollection AddOpsTrackerErrors(this IServiceCollection services)
    {
        // Binding failures throw (instead of a bare 400) so ApiExceptionHandler can answer with a problem naming the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();

        // After the framework's writer, so that one still writes when it accepts a request; this one takes the rest.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, AnyAcceptProblemDetailsWriter>());
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }
}
