using Microsoft.AspNetCore.Http.HttpResults;
using OpsTracker.Api.Infrastructure.Validation;

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
}
