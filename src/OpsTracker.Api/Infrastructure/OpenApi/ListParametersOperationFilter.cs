using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpsTracker.Api.RecordEngine.Querying;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Lists read their query parameters by hand (to answer each bad one with a 400 naming it), so Swagger cannot see
/// them; this documents them from the endpoint's <see cref="ListParametersMetadata"/>, typed, to be tried in Swagger UI.
/// An optional parameter's example goes into its description only: Swagger UI fills in a parameter's example (and its
/// <c>examples</c>) as the value to send, and a first "Try it out" that sent every filter's example would find nothing.
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
            var shownExample = parameter.Example.Length > 0 && !parameter.Required && parameter.Example != parameter.Default;
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Description = shownExample ? $"{parameter.Description} Example: `{parameter.Example}`." : parameter.Description,
                Required = parameter.Required,
                Schema = parameter.Many
                    ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = ValueSchema(parameter, withDefault: false), MinItems = 1 }
                    : ValueSchema(parameter, withDefault: true),
                // A list is one comma-separated value (country=SY,IQ); repeating the parameter works too.
                Style = parameter.Many ? ParameterStyle.Form : null,
                Explode = !parameter.Many,
                Example = parameter.Required && parameter.Example.Length > 0 ? Value(parameter, parameter.Example) : null,
            });
        }
    }

    private static OpenApiSchema ValueSchema(ListParameter parameter, bool withDefault)
    {
        var schema = parameter.Kind switch
        {
            ListParameterKind.WholeNumber => new OpenApiSchema
            {
                Type = JsonSchemaType.Integer,
                Format = "int32",
                Minimum = parameter.Minimum?.ToString(CultureInfo.InvariantCulture),
                Maximum = parameter.Maximum?.ToString(CultureInfo.InvariantCulture),
            },
            ListParameterKind.Id => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1" },
            ListParameterKind.Date => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
            ListParameterKind.Timestamp => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
            ListParameterKind.Flag => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            ListParameterKind.Choice => new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. parameter.Choices.Select(choice => (JsonNode)JsonValue.Create(choice))],
            },
            ListParameterKind.CountryCode => new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[A-Z]{2}$" },
            _ => new OpenApiSchema { Type = JsonSchemaType.String },
        };
        if (withDefault && parameter.Default is { } value)
        {
            schema.Default = Value(parameter, value);
        }

        return schema;
    }

    /// <summary>A value written as the parameter's type: 50 for a number, false for a flag, "json" for text.</summary>
    private static JsonNode Value(ListParameter parameter, string text) => parameter.Kind switch
    {
        ListParameterKind.WholeNumber or ListParameterKind.Id => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
        ListParameterKind.Flag => JsonValue.Create(bool.Parse(text)),
        _ => JsonValue.Create(text),
    };
}
