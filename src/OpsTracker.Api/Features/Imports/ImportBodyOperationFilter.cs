using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpsTracker.Api.RecordEngine.Exports;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// An import's body is a JSON array of records, or a CSV or NDJSON file. Swagger would describe all three as the JSON
/// array; this describes the CSV and NDJSON bodies as the text they are, each with the resource's own record example
/// written in that format, so Swagger UI offers a text box of the right kind that imports as it is.
/// </summary>
public sealed class ImportBodyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is not { } content
            || !content.TryGetValue("application/json", out var json)
            || json.Schema is not OpenApiSchema { Items: OpenApiSchemaReference { Reference.Id: { } itemId } }
            || context.SchemaRepository.Schemas.GetValueOrDefault(itemId) is not { Example: JsonObject record })
        {
            return;
        }

        json.Example = new JsonArray(record.DeepClone());
        Describe(content, ImportFormats.Csv,
            "A UTF-8 CSV file (with or without BOM) with a header row: the CSV export's column names (count.best, sourceIds "
            + "with ids joined by ';', sourceExternalIds to name sources by externalId). See [imports.md](/docs/imports.md).",
            Csv(record));
        Describe(content, ImportFormats.Ndjson,
            "UTF-8 NDJSON: one record per line, each as the body of a POST. See [imports.md](/docs/imports.md).",
            record.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
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

    /// <summary>A header row and one record, with the export's column names: nested fields dotted, lists joined with ';', lists of objects as JSON.</summary>
    private static string Csv(JsonObject record)
    {
        var cells = new List<(string Column, string Value)>();
        Flatten(record, "", cells);
        return $"{string.Join(',', cells.Select(cell => Quote(cell.Column)))}\n{string.Join(',', cells.Select(cell => Quote(cell.Value)))}\n";
    }

    private static void Flatten(JsonObject record, string prefix, List<(string Column, string Value)> cells)
    {
        foreach (var (name, value) in record)
        {
            var column = prefix + name;
            switch (value)
            {
                case JsonObject nested:
                    Flatten(nested, column + ".", cells);
                    break;
                case JsonArray items when items.Any(item => item is JsonObject):
                    // A list of objects (citations) is its JSON array, as the export writes it.
                    cells.Add((column, items.ToJsonString(CellJson)));
                    break;
                case JsonArray items:
                    cells.Add((column, string.Join(CsvFormat.ListSeparator, items.Select(Text))));
                    break;
                default:
                    cells.Add((column, Text(value)));
                    break;
            }
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions CellJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue scalar when scalar.TryGetValue<string>(out var text) => text,
        JsonValue scalar when scalar.TryGetValue<double>(out var number) => number.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToJsonString(),
    };

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
