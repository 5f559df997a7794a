using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Every operation that takes a body can be refused before its endpoint reads it: 413 over the body limit
/// (<c>RequestBodyLimitMiddleware</c>, or the import's own) and 415 for a content type it does not read or a charset
/// other than UTF-8 (<c>BodyCharsetMiddleware</c>). Those refusals are the pipeline's, so no endpoint declares them.
/// </summary>
public sealed class RequestBodyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody is null)
        {
            return;
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("413", new OpenApiResponse { Description = "The body is larger than the server's limit; nothing is written." });
        operation.Responses.TryAdd("415", new OpenApiResponse
        {
            Description = "The body's content type is not one this operation reads, or names a charset other than UTF-8.",
        });
    }
}
