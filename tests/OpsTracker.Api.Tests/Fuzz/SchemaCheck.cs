using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>
/// Whether a JSON answer matches the schema the document declares for it, as far as the document says: types
/// (OpenAPI 3.0's <c>nullable</c>, 3.1's type lists), required properties, no others where
/// <c>additionalProperties</c> is false, enum values, items of arrays, and the date and date-time formats.
/// </summary>
public static class SchemaCheck
{
    /// <summary>Where <paramref name="value"/> departs from <paramref name="schema"/>: one line per place, empty when it matches.</summary>
    public static List<string> Mismatches(ApiDocument document, JsonObject schema, JsonNode? value, string path = "$")
    {
        var mismatches = new List<string>();
        Check(document, schema, value, path, mismatches);
        return mismatches;
    }

    private static void Check(ApiDocument document, JsonObject schema, JsonNode? value, string path, List<string> mismatches)
    {
        schema = document.Resolve(schema);
        if (schema["allOf"] is JsonArray allOf)
        {
            foreach (var part in allOf)
            {
                Check(document, part!.AsObject(), value, path, mismatches);
            }
        }

        if (schema["oneOf"] is JsonArray || schema["anyOf"] is JsonArray)
        {
            var choices = (schema["oneOf"] ?? schema["anyOf"])!.AsArray();
            if (!choices.Any(choice => Mismatches(document, choice!.AsObject(), value, path).Count == 0))
            {
                mismatches.Add($"{path}: matches none of the schemas it may take");
            }

            return;
        }

        var types = Types(schema);
        if (value is null)
        {
            if (types.Count > 0 && !types.Contains("null"))
            {
                mismatches.Add($"{path}: null, where the schema says {string.Join(" or ", types)}");
            }

            return;
        }

        var kind = value.GetValueKind();
        if (types.Count > 0 && !types.Any(type => Fits(type, value, kind)))
        {
            mismatches.Add($"{path}: a {kind.ToString().ToLowerInvariant()} ({Shorten(value.ToJsonString())}), where the schema says {string.Join(" or ", types)}");
            return;
        }

        if (schema["enum"] is JsonArray allowed && !allowed.Any(option => JsonNode.DeepEquals(option, value)))
        {
            mismatches.Add($"{path}: {value.ToJsonString()} is not one of {allowed.ToJsonString()}");
        }

        if (kind == JsonValueKind.String && schema["format"]?.GetValue<string>() is { } format && !HasFormat(value.GetValue<string>(), format))
        {
            mismatches.Add($"{path}: '{value.GetValue<string>()}' is not a {format}");
        }

        if (value is JsonObject record)
        {
            var properties = schema["properties"]?.AsObject();
            foreach (var required in schema["required"]?.AsArray().Select(name => name!.GetValue<string>()) ?? [])
            {
                if (!record.ContainsKey(required))
                {
                    mismatches.Add($"{path}: has no '{required}', which the schema requires");
                }
            }

            foreach (var (name, property) in record)
            {
                if (properties?[name] is JsonObject propertySchema)
                {
                    Check(document, propertySchema, property, $"{path}.{name}", mismatches);
                }
                else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                {
                    mismatches.Add($"{path}: has '{name}', which the schema does not allow");
                }
                else if (schema["additionalProperties"] is JsonObject additionalSchema)
                {
                    Check(document, additionalSchema, property, $"{path}.{name}", mismatches);
                }
            }
        }

        if (value is JsonArray items && schema["items"] is JsonObject itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(document, itemSchema, items[i], $"{path}[{i}]", mismatches);
            }
        }
    }

    /// <summary>The types the schema allows: its <c>type</c> (a name or, in 3.1, a list) and <c>null</c> when <c>nullable</c>.</summary>
    private static List<string> Types(JsonObject schema)
    {
        var types = schema["type"] switch
        {
            JsonArray list => list.Select(type => type!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => [],
        };
        if (types.Count > 0 && schema["nullable"]?.GetValue<bool>() == true)
        {
            types.Add("null");
        }

        return types;
    }

    private static bool Fits(string type, JsonNode value, JsonValueKind kind) => type switch
    {
        "object" => kind == JsonValueKind.Object,
        "array" => kind == JsonValueKind.Array,
        "string" => kind == JsonValueKind.String,
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        "number" => kind == JsonValueKind.Number,
        "integer" => kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _),
        "null" => kind == JsonValueKind.Null,
        _ => true,
    };

    private static bool HasFormat(string text, string format) => format switch
    {
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) && text.Contains('T', StringComparison.Ordinal),
        _ => true,
    };

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
