using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.OpenApi;
using OpsTracker.Api.Infrastructure.Validation;
using OpsTracker.Api.RecordEngine.Paging;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Makes each body schema say what a generated client may rely on, and gives it its example.
/// A request (a type with a validator) requires the fields its validator refuses on an empty request, the same rule
/// imports use, and marks nullable only the fields it does not require: null there means "not given", while null in a
/// required field is refused. A response of the API's own writes every field, null ones included, so all are required, but for those it leaves out
/// when null.
/// </summary>
public sealed class ContractSchemaFilter(IServiceScopeFactory scopes, IEnumerable<IOpenApiExamples> examples) : ISchemaFilter
{
    private readonly IReadOnlyList<IOpenApiExamples> _examples = [.. examples];

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || context.MemberInfo is not null || context.ParameterInfo is not null)
        {
            return;
        }

        if (ExampleOf(context.Type) is { } example)
        {
            concrete.Example = example;
        }

        if (concrete.Properties is not { Count: > 0 } properties || context.Type.Assembly != typeof(ContractSchemaFilter).Assembly)
        {
            return;
        }

        var required = RequiredByValidator(context.Type);
        if (required is null)
        {
            // A response writes every field, but for those it leaves out when null (an optional part of an answer).
            var leftOutWhenNull = context.Type.GetProperties()
                .Where(property => property.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
                    .OfType<JsonIgnoreAttribute>().Any(ignore => ignore.Condition == JsonIgnoreCondition.WhenWritingNull))
                .Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name))
                .ToHashSet(StringComparer.Ordinal);
            concrete.Required = new SortedSet<string>(properties.Keys.Where(name => !leftOutWhenNull.Contains(name)), StringComparer.Ordinal);
            return;
        }

        concrete.Required = new SortedSet<string>(properties.Keys.Where(required.Contains), StringComparer.Ordinal);
        foreach (var (name, property) in properties)
        {
            if (property is OpenApiSchema { Type: { } type } field)
            {
                field.Type = required.Contains(name) ? type & ~JsonSchemaType.Null : type | JsonSchemaType.Null;
            }
        }
    }

    private JsonNode? ExampleOf(Type type)
    {
        if (_examples.Select(source => source.Of(type)).FirstOrDefault(example => example is not null) is { } example)
        {
            return example.DeepClone();
        }

        // A page's example is one page holding its item's example.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(PagedResponse<>) && ExampleOf(type.GetGenericArguments()[0]) is { } item)
        {
            return new JsonObject
            {
                ["items"] = new JsonArray(item),
                ["page"] = 1,
                ["pageSize"] = PageQuery.DefaultPageSize,
                ["totalCount"] = 1,
                ["count"] = "exact",
                ["nextCursor"] = null,
            };
        }

        return null;
    }

    /// <summary>The camelCase fields the type's validator refuses to leave empty, or null when the type has no validator.</summary>
    private HashSet<string>? RequiredByValidator(Type type)
    {
        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        using var scope = scopes.CreateScope();
        if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator)
        {
            return null;
        }

        return RequiredFields.Of(validator, Activator.CreateInstance(type)!)
            .Select(field => field.Split('.', '[')[0])
            .ToHashSet(StringComparer.Ordinal);
    }
}
