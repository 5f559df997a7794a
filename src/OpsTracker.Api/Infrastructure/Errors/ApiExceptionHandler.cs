using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.Infrastructure.Errors;

/// <summary>
/// Turns every client mistake that reaches the framework (malformed JSON, a wrong type, an unknown enum value, a
/// query parameter that does not parse) into a 400 problem naming the field, and a constraint a concurrent writer
/// broke into a 409. Anything else is left to the default handler: a 500 problem without internals.
/// </summary>
/// <remarks>
/// These are expected outcomes, not failures of the server: each is logged as one line at Information, without the
/// exception (the framework logs nothing for an exception a handler took; EF Core's own error events for a failed
/// save or command are lowered to Debug in <c>DatabaseSetup</c>, since whatever it logs also reaches this handler or
/// the default one, which logs the unexpected ones with the exception at Error).
/// </remarks>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problemDetails, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
            BadHttpRequestException badRequest => FromBadRequest(badRequest),
            DbUpdateConcurrencyException => FromLostRace(httpContext.Request),
            _ when DatabaseErrors.IsBusy(exception) => Busy(httpContext.Response),
            _ => FromDatabase(exception),
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        LogAnswered(logger, httpContext.Request.Method, httpContext.Request.Path, problem.Status.Value, problem.Title);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails FromJson(JsonException exception)
    {
        var (field, message) = JsonErrors.Describe(exception);
        return Validation(ValidationErrors.For(field, message));
    }

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        var binding = FailedBinding().Match(exception.Message);
        if (binding.Success)
        {
            var name = FieldPath.FromMemberPath(binding.Groups["name"].Value);
            var type = binding.Groups["type"].Value.TrimEnd('?');
            return Validation(ValidationErrors.For(name, $"'{binding.Groups["value"].Value}' is not {JsonErrors.DescribeType(type)}."));
        }

        if (MissingBody().IsMatch(exception.Message))
        {
            return Validation(ValidationErrors.For("body", "A JSON request body is required."));
        }

        return new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = exception.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                StatusCodes.Status415UnsupportedMediaType => "Unsupported media type: send application/json.",
                _ => "Bad request.",
            },
            Detail = exception.StatusCode == StatusCodes.Status415UnsupportedMediaType ? null : exception.Message,
        };
    }

    private static ProblemDetails? FromDatabase(Exception exception) => DatabaseErrors.Classify(exception) switch
    {
        DatabaseErrorKind.UniqueViolation => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The request conflicts with stored records.",
            Detail = "Another record already has this unique value (externalId or name).",
        },
        DatabaseErrorKind.ForeignKeyViolation => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The request conflicts with stored records.",
            Detail = "The change would break a reference between records: a referenced record is missing, or the record is still referenced.",
        },
        _ => null,
    };

    /// <summary>
    /// Another request changed the record between this one reading and writing it. With If-Match the client asked
    /// for exactly this check (412); without it, the write is refused rather than silently overwriting (409).
    /// </summary>
    private static ProblemDetails FromLostRace(HttpRequest request) => request.Headers.ContainsKey(HeaderNames.IfMatch)
        ? new ProblemDetails
        {
            Status = StatusCodes.Status412PreconditionFailed,
            Title = "The record has changed.",
            Detail = "Another request changed the record while this one was being handled. GET it again, reapply your change and send the new ETag.",
        }
        : new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "The request conflicts with stored records.",
            Detail = "Another request changed the record while this one was being handled. GET it again and retry (send its ETag in If-Match to be sure).",
        };

    /// <summary>The database stayed locked by other writers for longer than the busy timeout: try again shortly.</summary>
    private static ProblemDetails Busy(HttpResponse response)
    {
        response.Headers.RetryAfter = "1";
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The database is busy.",
            Detail = "Other writes held the database for longer than the busy timeout. Retry shortly.",
        };
    }

    private static ProblemDetails Validation(ValidationErrors errors) => new HttpValidationProblemDetails(errors.ToDictionary())
    {
        Status = StatusCodes.Status400BadRequest,
        Title = "The request has invalid fields.",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} answered {Status}: {Title}")]
    private static partial void LogAnswered(ILogger logger, string method, string path, int status, string? title);

    [GeneratedRegex("Failed to bind parameter \"(?<type>[^ ]+) (?<name>[^\"]+)\" from \"(?<value>[^\"]*)\"")]
    private static partial Regex FailedBinding();

    [GeneratedRegex("Required parameter .* was not provided from body|Implicit body inferred|request body was empty", RegexOptions.IgnoreCase)]
    private static partial Regex MissingBody();
}
