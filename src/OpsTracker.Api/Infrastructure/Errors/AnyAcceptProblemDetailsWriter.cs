namespace OpsTracker.Api.Infrastructure.Errors;

/// <summary>
/// Writes a problem as <c>application/problem+json</c> whatever the request's <c>Accept</c> header says. The
/// framework's own writer declines a request that accepts neither JSON nor problem+json (a browser's
/// <c>Accept: text/html</c>), and then a refusal meant as a 401 or 429 turns into a 500, and a 404 or 405 into
/// text/plain. An API has no other way to say what went wrong, so this writer, registered after the framework's, takes
/// every problem that one declines and has that one write it, so the answer is the same whatever was asked for.
/// </summary>
public sealed class AnyAcceptProblemDetailsWriter : IProblemDetailsWriter
{
    private IProblemDetailsWriter? _framework;

    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context) => Framework(context.HttpContext.RequestServices).WriteAsync(context);

    // The framework's writer checks Accept in CanWrite only; its WriteAsync fills the defaults (type, title, traceId),
    // runs CustomizeProblemDetails and serializes with the API's JSON options. It is found lazily: both are singletons
    // in one IEnumerable, so asking for it in the constructor would be a cycle.
    private IProblemDetailsWriter Framework(IServiceProvider services) =>
        _framework ??= services.GetServices<IProblemDetailsWriter>().First(writer => writer is not AnyAcceptProblemDetailsWriter);
}
