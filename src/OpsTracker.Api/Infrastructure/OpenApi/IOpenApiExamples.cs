using System.Text.Json.Nodes;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// The examples the OpenAPI document shows, and Swagger UI's "Try it out" sends as they are: a request body's example
/// must succeed against the data it is written for, and a response's is what that data answers.
/// </summary>
public interface IOpenApiExamples
{
    /// <summary>The example of a request or response body of this type, or null for none.</summary>
    JsonNode? Of(Type type);

    /// <summary>An <c>application/merge-patch+json</c> body for records whose full request is this type, or null.</summary>
    JsonNode? MergePatchOf(Type requestType);
}
