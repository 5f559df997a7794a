using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Every error answer of every operation as the API sends it: <c>application/problem+json</c> with its schema (field
/// errors for a 400), a real example and its <c>Retry-After</c> where it has one; including the answers any operation
/// can give: 429 from the rate limiter, and on writes 503 when the database stays busy. A document filter, so it
/// completes the error responses that any operation filter declares.
/// </summary>
public sealed class ProblemResponsesDocumentFilter : IDocumentFilter
{
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var problem = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        var validationProblem = context.SchemaGenerator.GenerateSchema(typeof(HttpValidationProblemDetails), context.SchemaRepository);

        foreach (var (path, pathItem) in swaggerDoc.Paths)
        {
            foreach (var (method, operation) in pathItem.Operations ?? [])
            {
                var verb = method.Method.ToUpperInvariant();
                var description = context.ApiDescriptions.FirstOrDefault(api =>
                    string.Equals(api.HttpMethod, verb, StringComparison.OrdinalIgnoreCase) && $"/{api.RelativePath}" == path);
                var recordName = description?.ActionDescriptor.EndpointMetadata.OfType<RecordKindMetadata>().FirstOrDefault()?.SingularName;
                var hasBody = operation.RequestBody is not null;

                operation.Responses ??= [];
                operation.Responses.TryAdd("429", new OpenApiResponse());
                if (verb is not "GET")
                {
                    operation.Responses.TryAdd("503", new OpenApiResponse());
                }

                foreach (var (status, response) in operation.Responses)
                {
                    if (response is not OpenApiResponse answer || !int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code < 400)
                    {
                        continue;
                    }

                    answer.Description = ProblemExamples.Describe(code);
                    answer.Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [ProblemJson] = new()
                        {
                            Schema = code == 400 ? validationProblem : problem,
                            Example = ProblemExamples.For(code, verb, recordName, hasBody),
                        },
                    };
                    if (code is 429 or 503)
                    {
                        answer.Headers = new Dictionary<string, IOpenApiHeader>
                        {
                            ["Retry-After"] = new OpenApiHeader
                            {
                                Description = "Seconds to wait before trying again.",
                                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" },
                                Example = code == 429 ? 30 : 1,
                            },
                        };
                    }
                }
            }
        }
    }
}
