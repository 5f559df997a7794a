using System.Net;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Assertions on the API's problem answers (application/problem+json).</summary>
public static class ProblemAssert
{
    public const string ProblemContentType = "application/problem+json";

    /// <summary>The answer is a problem with <paramref name="status"/> and the problem content type.</summary>
    public static async Task<ApiProblem> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        await response.AssertStatusAsync(status);
        Assert.Equal(ProblemContentType, response.Content.Headers.ContentType?.MediaType);
        var problem = new ApiProblem(await response.ReadObjectAsync());
        Assert.Equal((int)status, problem.Status);
        return problem;
    }

    /// <summary>
    /// A 400 validation problem whose errors are on exactly <paramref name="fields"/> (camelCase paths such as
    /// "count.best" or "sourceIds[1]"), no more and no fewer.
    /// </summary>
    public static async Task<ApiProblem> IsValidationProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("The request has invalid fields.", problem.Title);
        Assert.True(
            fields.Order(StringComparer.Ordinal).SequenceEqual(problem.Errors.Keys.Order(StringComparer.Ordinal)),
            $"Expected errors on [{string.Join(", ", fields)}], got errors on [{string.Join(", ", problem.Errors.Keys)}]. "
                + $"Body: {problem.Body.ToJsonString()}");
        Assert.All(problem.Errors.Values, messages => Assert.All(messages, message => Assert.False(string.IsNullOrWhiteSpace(message))));
        return problem;
    }

    /// <summary>A 404 problem saying there is no <paramref name="singularName"/> with <paramref name="id"/>.</summary>
    public static async Task<ApiProblem> IsNotFoundAsync(HttpResponseMessage response, string singularName, long id)
    {
        var problem = await IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal($"There is no {singularName} with id {id}.", problem.Detail);
        return problem;
    }

    /// <summary>A 409 problem for a unique <paramref name="field"/> that record <paramref name="existingId"/> already holds.</summary>
    public static async Task<ApiProblem> IsUniqueConflictAsync(HttpResponseMessage response, string field, long existingId)
    {
        var problem = await IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(field, problem.Body["field"]?.GetValue<string>());
        Assert.Equal(existingId, problem.Body["existingId"]?.GetValue<long>());
        return problem;
    }

    /// <summary>A 409 problem refusing a delete, whose <c>referencedBy</c> names each of <paramref name="holders"/>.</summary>
    public static async Task<ApiProblem> IsDeleteRefusedAsync(HttpResponseMessage response, params string[] holders)
    {
        var problem = await IsProblemAsync(response, HttpStatusCode.Conflict);
        var referencedBy = problem.Body["referencedBy"]?.AsArray().Select(node => node!.GetValue<string>()).ToList() ?? [];
        Assert.Equal(holders, referencedBy);
        return problem;
    }
}
