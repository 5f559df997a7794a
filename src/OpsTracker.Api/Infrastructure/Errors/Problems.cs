using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Endpoints;

namespace OpsTracker.Api.Infrastructure.Errors;

/// <summary>The API's RFC 9457 problem answers, built in one place so every resource words them alike.</summary>
public static class Problems
{
    public static ValidationProblem Validation(ValidationErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "The request has invalid fields.");

    /// <summary>A 400 with field errors, a detail that sums them up and extensions (an import's error count).</summary>
    public static ValidationProblem Validation(ValidationErrors errors, string detail, IDictionary<string, object?> extensions) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), detail: detail, title: "The request has invalid fields.", extensions: extensions);

    public static ProblemHttpResult NotFound(string resourceName, long id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found.",
            detail: $"There is no {resourceName} with id {id}.");

    public static ProblemHttpResult Conflict(string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The request conflicts with stored records.",
            detail: detail,
            extensions: extensions);

    /// <summary>A write whose If-Match names a version that is no longer the stored one.</summary>
    public static ProblemHttpResult PreconditionFailed(string resourceName, long id, long currentVersion) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The record has changed.",
            detail: $"The {resourceName} with id {id} is now at version {currentVersion}, not the one If-Match names. "
                + "GET it again, reapply your change and send the new ETag.",
            extensions: new Dictionary<string, object?> { ["currentETag"] = RecordETags.Format(currentVersion) });

    /// <summary>An If-Match header that is not a list of quoted entity tags; the error is on "if-match", as HTTP/2 spells header names.</summary>
    public static ValidationProblem MalformedIfMatch() =>
        Validation(ValidationErrors.For("if-match", "Give the ETag exactly as received, in quotes (If-Match: \"3\"), or *."));
}
