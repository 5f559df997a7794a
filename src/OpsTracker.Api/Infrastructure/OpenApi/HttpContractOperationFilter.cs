using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpsTracker.Api.RecordEngine.Answers;
using OpsTracker.Api.RecordEngine.Querying;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// The HTTP around each operation's bodies, as the endpoints answer it: the conditional request headers it honours
/// (<c>If-None-Match</c> where it can answer 304, <c>If-Match</c> where it can answer 412), the headers its answers
/// carry (<c>ETag</c>, <c>Location</c>, <c>Link</c>), a list's CSV and GeoJSON forms, and the
/// record id in its path.
/// </summary>
public sealed class HttpContractOperationFilter : IOperationFilter
{
    private const string PagePrefix = "PagedResponseOf";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var record = metadata.OfType<RecordKindMetadata>().FirstOrDefault();
        var responses = operation.Responses ??= [];
        operation.Parameters ??= [];

        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => p is { In: ParameterLocation.Path, Name: "id" }))
        {
            parameter.Description = record is null ? "The id, as in the `id` field of the answers." : $"The {record.SingularName}'s id, as in its `id` field.";
            parameter.Example = 1;
        }

        foreach (var given in metadata.OfType<PathParameterExample>())
        {
            var parameter = operation.Parameters.OfType<OpenApiParameter>().Single(p => p.In == ParameterLocation.Path && p.Name == given.Name);
            parameter.Description = given.Description;
            parameter.Example = given.Example;
        }

        var validated = metadata.OfType<ValidatedAnswerMetadata>().Any()
            || context.ApiDescription.RelativePath?.StartsWith("api/v1/stats/", StringComparison.Ordinal) == true;
        var isList = metadata.OfType<ListParametersMetadata>().SelectMany(m => m.Parameters).Any(p => p.Name == "after");
        if (validated)
        {
            DocumentValidatedAnswer(operation, responses, isList);
        }

        var readsOne = !validated && responses.ContainsKey("304");
        var writesOne = responses.ContainsKey("412");
        if (readsOne)
        {
            operation.Parameters.Add(Header("If-None-Match",
                "The ETag of the copy you hold (`\"3\"`): while the record is still at that version the answer is 304 without a body."));
        }

        if (writesOne)
        {
            operation.Parameters.Add(Header("If-Match",
                "The ETag of the version your change is based on (`\"3\"`): the change is made only while the record is still "
                + "at that version, else the answer is 412 and nothing is written. `*` matches any version."));
        }

        foreach (var (status, response) in responses)
        {
            if (response is not OpenApiResponse answer)
            {
                continue;
            }

            var carriesETag = !validated && record is not null && (status is "304" || (status is "200" && (readsOne || writesOne)) || status is "201");
            if (carriesETag)
            {
                AddHeader(answer, "ETag", "The record's version as a strong entity tag: send it back in If-Match to change the record "
                    + "only while it is unchanged, or in If-None-Match to read it only if it changed.", JsonSchemaType.String, "\"3\"");
            }

            if (status is "201")
            {
                AddHeader(answer, "Location", "Where the created resource can be read.", JsonSchemaType.String, "/api/v1/casualties/42", "uri-reference");
            }

            if (status is "200" && PageSchemaId(answer) is not null)
            {
                AddHeader(answer, "Link", "The first, previous, next and last pages of the list (RFC 8288), as absolute URLs with the "
                    + "request's other parameters kept; prev and next only where such a page exists.", JsonSchemaType.String,
                    "<http://localhost:5080/api/v1/casualties?page=1>; rel=\"first\", <http://localhost:5080/api/v1/casualties?page=2>; "
                    + "rel=\"next\", <http://localhost:5080/api/v1/casualties?page=7>; rel=\"last\"");
            }
        }

        var format = metadata.OfType<ListParametersMetadata>().SelectMany(m => m.Parameters).FirstOrDefault(p => p.Name == "format");
        if (format is not null && responses.TryGetValue("200", out var listed) && listed is OpenApiResponse list)
        {
            AddExportForms(list, format, context);
        }
    }

    /// <summary>
    /// A list, export or stats answer: its weak ETag of the data it reads, 304 on If-None-Match, the response cache's
    /// Cache-Status, and for a list the count it gave (Prefer: count=..., Total-Count-Mode, Preference-Applied).
    /// </summary>
    private static void DocumentValidatedAnswer(OpenApiOperation operation, OpenApiResponses responses, bool isList)
    {
        operation.Parameters!.Add(Header("If-None-Match",
            "The ETag of an answer you hold (`W/\"42-…\"`): while no record has changed since, the answer is 304 without a body and the query is not run."));
        if (isList)
        {
            operation.Parameters!.Add(Header("Prefer",
                "`count=exact`, `count=estimated` or `count=none`, as the count parameter (which wins when both are given); see docs/querying.md#counting."));
        }

        responses["304"] = new OpenApiResponse { Description = "Not modified: no record has changed since the answer whose ETag was sent in If-None-Match." };
        foreach (var status in new[] { "200", "304" })
        {
            if (responses.TryGetValue(status, out var found) && found is OpenApiResponse answer)
            {
                AddHeader(answer, "ETag", "A weak entity tag of the data versions and the request: send it back in If-None-Match to read "
                    + "the answer again only if a record changed.", JsonSchemaType.String, "W/\"42-uDpqerdy1LBTDd-7\"");
            }
        }

        if (responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okAnswer)
        {
            AddHeader(okAnswer, "Cache-Status", "Whether the answer came from the response cache (`OpsTracker; hit`) or the database "
                + "(`OpsTracker; fwd=miss`, `fwd=stale`, `fwd=request`), as RFC 9211 writes it; absent when the cache is off.", JsonSchemaType.String, "OpsTracker; hit");
            if (isList)
            {
                AddHeader(okAnswer, "Total-Count-Mode", "How totalCount was found: exact, estimated or none (also the page's count field).",
                    JsonSchemaType.String, "exact");
                AddHeader(okAnswer, "Preference-Applied", "The Prefer: count=... preference applied, when one was sent.", JsonSchemaType.String, "count=none");
            }
        }
    }

    private static OpenApiParameter Header(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static void AddHeader(OpenApiResponse response, string name, string description, JsonSchemaType type, JsonNode example, string? format = null)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader
        {
            Description = description,
            Schema = new OpenApiSchema { Type = type, Format = format },
            Example = example,
        };
    }

    private static string? PageSchemaId(OpenApiResponse response) =>
        response.Content?.TryGetValue("application/json", out var json) == true
        && json.Schema is OpenApiSchemaReference { Reference.Id: { } id } && id.StartsWith(PagePrefix, StringComparison.Ordinal)
            ? id
            : null;

    /// <summary>The same list as CSV, and as GeoJSON where the resource has one.</summary>
    private static void AddExportForms(OpenApiResponse response, ListParameter format, OperationFilterContext context)
    {
        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        response.Description = "One page of the list as JSON; with format=csv (or Accept: text/csv) every matching record as CSV"
            + (format.Choices.Contains("geojson") ? "; with format=geojson every matching record that has coordinates as GeoJSON." : ".");
        response.Content["text/csv"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "RFC 4180 CSV in UTF-8 with a header row: one column per JSON field, nested fields as count.best, "
                    + "lists joined with ';'. See [querying.md](/docs/querying.md).",
            },
        };

        if (!format.Choices.Contains("geojson") || PageSchemaId(response) is not { } pageId
            || (context.SchemaRepository.Schemas.GetValueOrDefault(pageId)?.Properties is { } page && page.TryGetValue("items", out var items) ? items.Items : null) is not OpenApiSchemaReference item)
        {
            return;
        }

        response.Content["application/geo+json"] = new OpenApiMediaType { Schema = FeatureCollection(item, context.SchemaRepository) };
    }

    /// <summary>A GeoJSON FeatureCollection (RFC 7946) of Point features whose properties are the records.</summary>
    private static IOpenApiSchema FeatureCollection(OpenApiSchemaReference record, SchemaRepository schemas)
    {
        var id = $"{record.Reference.Id}FeatureCollection";
        if (!schemas.Schemas.ContainsKey(id))
        {
            schemas.AddDefinition(id, new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Every matching record that has coordinates, as a Point feature at [longitude, latitude] with the record as its properties.",
                Required = new SortedSet<string> { "type", "features" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = Constant("FeatureCollection"),
                    ["features"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Array,
                        Items = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new SortedSet<string> { "geometry", "id", "properties", "type" },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["type"] = Constant("Feature"),
                                ["id"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
                                ["geometry"] = new OpenApiSchema
                                {
                                    Type = JsonSchemaType.Object,
                                    Required = new SortedSet<string> { "coordinates", "type" },
                                    Properties = new Dictionary<string, IOpenApiSchema>
                                    {
                                        ["type"] = Constant("Point"),
                                        ["coordinates"] = new OpenApiSchema
                                        {
                                            Type = JsonSchemaType.Array,
                                            Description = "[longitude, latitude], WGS84.",
                                            Items = new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" },
                                            MinItems = 2,
                                            MaxItems = 2,
                                        },
                                    },
                                },
                                ["properties"] = record,
                            },
                        },
                    },
                },
            });
        }

        return new OpenApiSchemaReference(id);
    }

    private static OpenApiSchema Constant(string value) => new() { Type = JsonSchemaType.String, Enum = [JsonValue.Create(value)] };
}
