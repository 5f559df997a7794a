using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Describes a PATCH body (<see cref="MergePatchMetadata"/>) as an RFC 7396 merge patch of the record's request: the
/// same fields, none required, nested objects patched field by field, and null (which removes a field) allowed only
/// where the request allows leaving the field out.
/// </summary>
public sealed class MergePatchOperationFilter(IEnumerable<IOpenApiExamples> examples) : IOperationFilter
{
    public const string MediaType = "application/merge-patch+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<MergePatchMetadata>().FirstOrDefault();
        if (metadata is null)
        {
            return;
        }

        var request = context.SchemaGenerator.GenerateSchema(metadata.RequestType, context.SchemaRepository);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The fields to change; a field set to null is cleared, fields left out keep their values. The merged "
                + "record must be valid as a PUT of it would be.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [MediaType] = new()
                {
                    Schema = PatchOf(request, context.SchemaRepository),
                    Example = examples.Select(source => source.MergePatchOf(metadata.RequestType)).FirstOrDefault(example => example is not null),
                },
            },
        };
    }

    /// <summary>The merge patch schema of an object schema (by reference), registered once as "{Name}MergePatch".</summary>
    private static IOpenApiSchema PatchOf(IOpenApiSchema schema, SchemaRepository repository)
    {
        if (schema is not OpenApiSchemaReference { Reference.Id: { } id }
            || repository.Schemas.GetValueOrDefault(id) is not OpenApiSchema { Properties.Count: > 0 } target)
        {
            return schema;
        }

        var patchId = $"{(id.EndsWith("Request", StringComparison.Ordinal) ? id[..^"Request".Length] : id)}MergePatch";
        if (!repository.Schemas.ContainsKey(patchId))
        {
            var patch = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"A merge patch (RFC 7396) of {id}: only the fields to change.",
                Properties = new Dictionary<string, IOpenApiSchema>(),
                AdditionalPropertiesAllowed = false,
            };
            repository.AddDefinition(patchId, patch);
            foreach (var (name, property) in target.Properties)
            {
                patch.Properties[name] = property switch
                {
                    OpenApiSchemaReference reference => PatchOf(reference, repository),
                    OpenApiSchema field => field.CreateShallowCopy(),
                    _ => property,
                };
            }
        }

        return new OpenApiSchemaReference(patchId);
    }
}
