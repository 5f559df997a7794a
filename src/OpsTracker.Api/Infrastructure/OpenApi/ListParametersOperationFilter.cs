using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpsTracker.Api.RecordEngine.Querying;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Lists read their query parameters by hand (to answer each bad one with a 400 naming it), so Swagger cannot see
/// them; this documents them from the endpoint's <see cref="ListParametersMetadata"/>, to be tried in Swagger UI.
/// </summary>
public sealed class ListParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ListParametersMetadata>().FirstOrDefault();
        if (metadata is null)
        {
            return;
        }

        operation.Parameters ??= [];
        foreach (var parameter in metadata.Parameters)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Description = parameter.Description,
                Required = parameter.Required,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                Example = parameter.Example.Length == 0 ? null : JsonValue.Create(parameter.Example),
            });
        }
    }
}
