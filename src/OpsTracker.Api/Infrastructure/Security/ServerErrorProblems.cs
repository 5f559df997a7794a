namespace OpsTracker.Api.Infrastructure.Security;

/// <summary>
/// Outside Development, a 500 problem says only that something failed and which trace to look for in the logs: no
/// detail and no other extension, whatever the code that raised it put there. An exception's message may name a
/// table, a query or a file path, and its stack trace the code; those belong in the server's log, not in an answer.
/// Other 5xx answers are the API's own, worded on purpose (503: the database stayed busy), and keep their words.
/// </summary>
public static class ServerErrorProblems
{
    public const string Title = "An unexpected error occurred.";

    /// <summary>The one extension a 500 keeps, so an operator can find the failure in the log.</summary>
    private const string TraceId = "traceId";

    public static void Hide(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        if (status != StatusCodes.Status500InternalServerError)
        {
            return;
        }

        problem.Title = Title;
        problem.Detail = null;
        problem.Instance = null;
        foreach (var name in problem.Extensions.Keys.Where(name => name != TraceId).ToList())
        {
            problem.Extensions.Remove(name);
        }
    }
}
