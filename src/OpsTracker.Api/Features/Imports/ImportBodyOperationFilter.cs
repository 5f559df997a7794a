using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// An import's body is a JSON array of records, or a CSV or NDJSON file. Swagger would describe all three as the JSON
/// array; this describes the CSV and NDJSON bodies as the text they are, with a sample, so Swagger UI offers a text box
/// of the right kind for each.
/// </summary>
public sealed class ImportBodyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        Describe(content, ImportFormats.Csv,
            "A UTF-8 CSV file (with or without BOM) with a header row: the CSV export's column names (count.best, sourceIds "
            + "with ids joined by ';', sourceExternalIds to name sources by externalId). See docs/imports.md.",
            "externalId,affiliation,outcome,sourceIds,count.best,count.qualifier,startDate,country\n"
            + "report-1,isis,killed,1,5,exact,2025-10-01,SY\n");
        Describe(content, ImportFormats.Ndjson,
            "UTF-8 NDJSON: one record per line, each as the body of a POST. See docs/imports.md.",
            "{\"externalId\":\"report-1\",\"affiliation\":\"isis\",\"outcome\":\"killed\",\"sourceIds\":[1],"
            + "\"count\":{\"best\":5},\"startDate\":\"2025-10-01\",\"country\":\"SY\"}\n");
    }

    private static void Describe(IDictionary<string, OpenApiMediaType> content, string mediaType, string description, string example)
    {
        if (!content.ContainsKey(mediaType))
        {
            return;
        }

        content[mediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = description },
            Example = JsonValue.Create(example),
        };
    }
}
