using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Fuzz;

/// <summary>
/// Generates requests for an operation from what the document says of it: its path's <c>{id}</c>, its query
/// parameters, its request body's schema and content types; valid ones (a fixture's body with its text fields
/// changed) and broken ones (wrong types, fields missing, given twice or unknown, enum values nearly right, numbers
/// out of range, lone surrogates, bytes that are not UTF-8, truncated JSON, other charsets and content types), with
/// the headers a client may send (keys valid, wrong or missing; any Accept; If-Match and If-None-Match). Imports get
/// files in CSV, JSON and NDJSON made of such records.
/// </summary>
public sealed class RequestGenerator(ApiDocument document, FuzzFixtures fixtures)
{
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Gen<string?> Accepts = Gen.Frequency<string?>(
        (8, Gen.Const<string?>((string?)null)),
        (6, Gen.OneOf<string?>("application/json", "application/problem+json", "*/*", "text/html", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
            "text/csv", "application/geo+json", "application/xml", "image/png", "text/plain;q=0.5", "garbage;;;q=x")));

    private static readonly Gen<string?> Conditions = Gen.Frequency<string?>(
        (12, Gen.Const<string?>((string?)null)),
        (3, Gen.OneOf<string?>("\"1\"", "\"2\"", "\"999\"", "*", "W/\"1\"", "1", "\"\"", "\"1\", \"2\"", "garbage")));

    private static readonly Gen<long> Numbers = Gen.Long[long.MinValue, long.MaxValue];

    /// <summary>The requests for <paramref name="operation"/>.</summary>
    public Gen<FuzzRequest> For(ApiOperation operation) =>
        from key in Keys()
        from accept in Accepts
        from ifMatch in Conditions
        from ifNoneMatch in Conditions
        from path in Path(operation)
        from query in Query(operation)
        from body in Body(operation)
        select Request(operation, path + query, key, accept, ifMatch, ifNoneMatch, body);

    private static FuzzRequest Request(ApiOperation operation, string pathAndQuery, string? key, string? accept, string? ifMatch,
        string? ifNoneMatch, GeneratedBody? body)
    {
        var headers = new List<KeyValuePair<string, string>>();
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                headers.Add(new(name, value));
            }
        }

        Add(ApiFactory.ApiKeyHeader, key);
        Add("Accept", accept);
        Add("If-Match", ifMatch);
        Add("If-None-Match", ifNoneMatch);
        return new FuzzRequest(operation, pathAndQuery, headers, body?.Bytes, body?.ContentType, body?.Records);
    }

    /// <summary>The admin key mostly (most operations need one), else no key, a wrong one, or the reader's.</summary>
    private Gen<string?> Keys() => Gen.Frequency<string?>(
        (16, Gen.Const<string?>(ApiFactory.AdminKey)),
        (1, Gen.Const<string?>((string?)null)),
        (1, Gen.OneOf<string?>("opk_wrong", "", " ", ApiFactory.AdminKey + "x")),
        (2, Gen.Const<string?>(fixtures.ReaderKey)));

    private Gen<string> Path(ApiOperation operation)
    {
        if (!operation.PathTemplate.Contains("{id}", StringComparison.Ordinal))
        {
            return Gen.Const(operation.PathTemplate);
        }

        var stored = fixtures.IdIn(operation.Collection) ?? 1;
        var ids = Gen.Frequency<string>(
            (10, Gen.Const(stored.ToString(CultureInfo.InvariantCulture))),
            (3, Gen.Long[1, 60].Select(id => id.ToString(CultureInfo.InvariantCulture))),
            (2, Numbers.Select(id => id.ToString(CultureInfo.InvariantCulture))),
            (2, Gen.OneOf("0", "-1", "9223372036854775808", "1.5", "1e3", "abc", "%D9%84", "%00", "%20", "1%2F2", "01")),
            (1, FuzzText.Short.Select(text => Uri.EscapeDataString(text.Length == 0 ? "x" : text))));
        return ids.Select(id => operation.PathTemplate.Replace("{id}", id, StringComparison.Ordinal));
    }

    /// <summary>
    /// Each documented parameter left out or given its example; in about half the requests one of them is given
    /// something else (text of any kind, a number out of range, an impossible date), and now and then an unknown or
    /// repeated parameter is added.
    /// </summary>
    private static Gen<string> Query(ApiOperation operation)
    {
        var parameters = operation.Parameters.Where(parameter => parameter.In == "query").ToList();
        var query = Gen.Const(ImmutableList<string?>.Empty);
        foreach (var parameter in parameters)
        {
            query = Gen.Select(query, Gen.Frequency<string?>((5, Gen.Const((string?)null)), (3, Gen.Const(parameter.Example))),
                (values, value) => values.Add(value));
        }

        var odd = Gen.Frequency<string?>(
            (4, FuzzText.Short.Select<string, string?>(text => text)),
            (1, Gen.OneOf<string?>("", "-1", "0", "99999999999999999999", "true", "2025-02-30", "2025-13-01T00:00:00Z", "a,b,,c", "1;2")));
        var oddOne = parameters.Count == 0
            ? Gen.Const((Index: -1, Value: (string?)null))
            : Gen.Frequency<(int Index, string? Value)>(
                (1, Gen.Const((Index: -1, Value: (string?)null))),
                (1, Gen.Select(Gen.Int[0, parameters.Count - 1], odd, (index, value) => (index, value))));
        var extra = Gen.Frequency<string>(
            (18, Gen.Const("")),
            (1, Gen.OneOf("&unknown=1", "&page=1&page=2", "&=x", "&q", "&%FF=1", "&pageSize=%FF")));
        return Gen.Select(query, oddOne, extra, (values, changed, more) =>
        {
            var text = new StringBuilder();
            for (var i = 0; i < parameters.Count; i++)
            {
                var value = i == changed.Index ? changed.Value : values[i];
                if (value is not null)
                {
                    text.Append('&').Append(Uri.EscapeDataString(parameters[i].Name)).Append('=').Append(Uri.EscapeDataString(value));
                }
            }

            text.Append(more);
            return text.Length > 0 ? "?" + text.ToString(1, text.Length - 1) : "";
        });
    }

    private Gen<GeneratedBody?> Body(ApiOperation operation)
    {
        if (operation.IsImport)
        {
            return ImportFile(operation).Select<GeneratedBody, GeneratedBody?>(body => body);
        }

        // A JSON body in the media type the operation declares: application/json, or a PATCH's application/merge-patch+json.
        if (operation.RequestBodies.FirstOrDefault(body => body.Key.Contains("json", StringComparison.Ordinal)) is { Key: { } mediaType, Value: { } schema })
        {
            return JsonBody(operation, mediaType, document.Resolve(schema)).Select<GeneratedBody, GeneratedBody?>(body => body);
        }

        // An operation without a body: mostly none, sometimes one anyway.
        return Gen.Frequency<GeneratedBody?>(
            (12, Gen.Const<GeneratedBody?>((GeneratedBody?)null)),
            (1, FuzzText.Any.Select<string, GeneratedBody?>(text => new GeneratedBody(Encoding.UTF8.GetBytes(text), "application/json", null))));
    }

    private Gen<GeneratedBody> JsonBody(ApiOperation operation, string mediaType, JsonObject schema)
    {
        var payload = fixtures.PayloadFor(operation.Collection) ?? [];
        var textFields = StringFields(schema);
        var changed = from externalId in Gen.Long[1, long.MaxValue]
                      from texts in FuzzText.Any.Array[textFields.Count]
                      from chosen in Chosen(textFields.Count)
                      select WithTexts(payload, textFields, texts, chosen, externalId);
        var otherMediaType = mediaType == "application/json" ? "application/merge-patch+json" : "application/json";
        var valid = from record in changed
                    from contentType in Gen.Frequency<string>(
                        (12, Gen.Const(mediaType)),
                        (2, Gen.Const($"{mediaType}; charset=utf-8")),
                        (1, Gen.OneOf($"{mediaType}; charset=latin1", $"{mediaType}; charset=bogus", $"{mediaType}; charset=utf-16",
                            "text/plain", "application/xml", $"{mediaType}; charset=\"utf-8\"", mediaType.ToUpperInvariant(), otherMediaType)))
                    select new GeneratedBody(Encoding.UTF8.GetBytes(record.ToJsonString(Raw)), contentType, new JsonArray(record.DeepClone()));
        var broken = from record in changed
                     from mutation in Mutations(schema, record)
                     select new GeneratedBody(mutation, mediaType, null);
        return Gen.Frequency<GeneratedBody>((3, valid), (2, broken));
    }

    /// <summary>
    /// The request's own free-text properties: strings without a format or an enum (names, notes, places, titles),
    /// leaving out codes (a field whose example is two capitals, an ISO 3166 country), which refuse any other text.
    /// </summary>
    private List<string> StringFields(JsonObject schema) =>
        (schema["properties"]?.AsObject() ?? [])
            .Where(property => document.Resolve(property.Value!.AsObject()) is var resolved
                && Types(resolved).Contains("string") && resolved["format"] is null && resolved["enum"] is null
                && !IsCode(schema["example"]?[property.Key]))
            .Select(property => property.Key)
            .ToList();

    private static bool IsCode(JsonNode? example) =>
        example is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: 2 } code
        && code.All(char.IsAsciiLetterUpper);

    /// <summary>Which text fields a record changes: each with one chance in three, so that most records stay valid.</summary>
    private static Gen<bool[]> Chosen(int count) => Gen.Int[0, 2].Select(roll => roll == 0).Array[count];

    private static JsonObject WithTexts(JsonObject payload, List<string> fields, string[] texts, bool[] chosen, long externalId)
    {
        var record = (JsonObject)payload.DeepClone();
        for (var i = 0; i < fields.Count; i++)
        {
            if (chosen[i])
            {
                record[fields[i]] = texts[i];
            }
        }

        if (fields.Contains("externalId"))
        {
            record["externalId"] = $"fuzz:{externalId}";
        }

        if (fields.Contains("name") && !chosen[fields.IndexOf("name")])
        {
            // Names are unique (keys, camps, forces): one of the generated number, unless changed above.
            record["name"] = $"fuzz-{externalId}";
        }

        return record;
    }

    /// <summary>A body made invalid in one of the ways a client gets it wrong, as bytes (some are not JSON, or not UTF-8).</summary>
    private Gen<byte[]> Mutations(JsonObject schema, JsonObject record)
    {
        var names = record.Select(property => property.Key).ToList();
        var enums = (schema["properties"]?.AsObject() ?? [])
            .Where(property => document.Resolve(property.Value!.AsObject())["enum"] is JsonArray { Count: > 0 })
            .Select(property => (Name: property.Key, Value: document.Resolve(property.Value!.AsObject())["enum"]![0]!.ToString()))
            .ToList();
        var text = record.ToJsonString(Raw);
        var someName = names.Count == 0 ? Gen.Const("notes") : Gen.OneOf([.. names]);
        JsonNode?[] wrongValues = [12, -1, 1.5, "12", true, null, new JsonArray(), new JsonObject(), "", 1e300, long.MaxValue];
        var wrongValue = Gen.Int[0, wrongValues.Length - 1].Select(i => wrongValues[i]?.DeepClone());

        var mutations = new List<Gen<byte[]>>
        {
            // A field left out, given a wrong type, or added.
            someName.Select(name => Utf8(Without(record, name).ToJsonString(Raw))),
            from name in someName
            from value in wrongValue
            select Utf8(With(record, name, value).ToJsonString(Raw)),
            FuzzText.Any.Select(name => Utf8(With(record, name.Length == 0 ? "extra" : name, 1).ToJsonString(Raw))),

            // A field given twice, in the same or another letter case.
            from name in someName
            from upper in Gen.Bool
            select Utf8($"{{\"{(upper ? char.ToUpperInvariant(name[0]) + name[1..] : name)}\":null,{text[1..]}"),

            // Text that is not Unicode: a lone surrogate escape, bytes that are not UTF-8, a sequence cut short.
            from name in someName
            from escape in Gen.OneOf("\\ud800", "\\udc00", "\\udfff\\ud800", "a\\ud83d")
            select Utf8(With(record, name, "PLACEHOLDER").ToJsonString(Raw).Replace("PLACEHOLDER", escape, StringComparison.Ordinal)),
            from name in someName
            from bad in Gen.OneOf<byte[]>([0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF])
            select Splice(Utf8(With(record, name, "PLACEHOLDER").ToJsonString(Raw)), "PLACEHOLDER"u8.ToArray(), bad),

            // Not JSON, or not a record.
            Gen.Int[0, Math.Max(0, text.Length - 1)].Select(cut => Utf8(text[..cut])),
            Gen.OneOf("", "null", "[]", "[{}]", "\"text\"", "42", "{", "}", "{\"a\":}", "{'notes':'x'}", "{\"notes\":\"x\"}}", "\ufeff{}",
                new string('[', 3000) + new string(']', 3000), "{\"notes\":\"x\",}", "{\"notes\":NaN}", "/* c */{}").Select(Utf8),
        };
        if (enums.Count > 0)
        {
            // An enum value nearly right: a space, another letter case, two joined, a number.
            mutations.Add(from choice in Gen.Int[0, enums.Count - 1]
                          from variant in Gen.OneOf("{0} ", " {0}", "{1}", "{0},{0}", "{0}, {0}", "0", "{0}\u200f")
                          let field = enums[choice]
                          select Utf8(With(record, field.Name,
                              string.Format(CultureInfo.InvariantCulture, variant, field.Value, field.Value.ToUpperInvariant())).ToJsonString(Raw)));
        }

        return Gen.OneOf([.. mutations]);
    }

    private Gen<GeneratedBody> ImportFile(ApiOperation operation)
    {
        var payload = fixtures.PayloadFor(operation.PathTemplate) ?? [];
        var schema = operation.RequestBodies.TryGetValue("application/json", out var arraySchema) && document.Resolve(arraySchema)["items"] is JsonObject items
            ? document.Resolve(items)
            : [];
        var textFields = StringFields(schema);
        var record = from externalId in Gen.Long[1, long.MaxValue]
                     from texts in FuzzText.Any.Array[textFields.Count]
                     from chosen in Chosen(textFields.Count)
                     select WithTexts(payload, textFields, texts, chosen, externalId);
        var brokenRecord = from valid in record
                           from mutation in Mutations(schema, valid)
                           select mutation;
        return from records in record.Array[1, 4]
               from format in Gen.Int[0, 2]
               from damage in Gen.Frequency<int>((8, Gen.Const(-1)), (1, Gen.Int[0, 6]))
               from broken in brokenRecord
               from contentType in Gen.Frequency<string>(
                   (10, Gen.Const(format switch { 0 => "text/csv", 1 => "application/json", _ => "application/x-ndjson" })),
                   (1, Gen.OneOf("text/csv; charset=utf-8", "application/json; charset=latin1", "text/plain", "application/ndjson",
                       "application/jsonl", "multipart/form-data; boundary=x")))
               select ImportBody(records, format, damage, broken, contentType);
    }

    private static GeneratedBody ImportBody(JsonObject[] records, int format, int damage, byte[] broken, string contentType)
    {
        var file = format switch
        {
            0 => Utf8(CsvOf(records)),
            1 => Utf8("[" + string.Join(",\n", records.Select(record => record.ToJsonString(Raw))) + "]"),
            _ => Utf8(string.Concat(records.Select(record => record.ToJsonString(Raw) + "\n"))),
        };
        file = damage switch
        {
            0 => [0xEF, 0xBB, 0xBF, .. file],
            1 => Utf8(Encoding.UTF8.GetString(file).Replace("\n", "\r\n", StringComparison.Ordinal)),
            2 => file[..(file.Length / 2)],
            3 => [.. file, 0xFF, (byte)'\n'],
            4 => format == 2 ? [.. file, .. broken, (byte)'\n'] : format == 1 ? [.. file[..^1], (byte)',', .. broken, (byte)']'] : [.. file, .. broken],
            5 => Utf8("unknownColumn," + Encoding.UTF8.GetString(file)),
            6 => [],
            _ => file,
        };

        // Only an undamaged file in its own content type says these records exactly. CSV has no empty string: an empty cell is a field left out.
        var says = damage < 0 && !contentType.Contains("latin1", StringComparison.Ordinal)
            ? new JsonArray([.. records.Select(record => (JsonNode?)(format == 0 ? WithoutEmptyTexts(record) : record.DeepClone()))])
            : null;
        return new GeneratedBody(file, contentType, says);
    }

    /// <summary>A CSV of the records as the export writes one: nested fields with a dot, lists joined with ';', every cell quoted.</summary>
    private static string CsvOf(JsonObject[] records)
    {
        var rows = records.Select(Flatten).ToList();
        var columns = rows.SelectMany(row => row.Keys).Distinct(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder(string.Join(",", columns.Select(Quote))).Append('\n');
        foreach (var row in rows)
        {
            csv.Append(string.Join(",", columns.Select(column => row.TryGetValue(column, out var cell) ? Quote(cell) : ""))).Append('\n');
        }

        return csv.ToString();
    }

    private static Dictionary<string, string> Flatten(JsonObject record)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in record)
        {
            switch (value)
            {
                case null:
                    break;
                case JsonObject nested:
                    foreach (var (inner, innerValue) in nested)
                    {
                        if (innerValue is not null)
                        {
                            cells[$"{name}.{inner}"] = Cell(innerValue);
                        }
                    }

                    break;
                case JsonArray list:
                    cells[name] = string.Join(";", list.Select(item => Cell(item!).Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)));
                    break;
                default:
                    cells[name] = Cell(value);
                    break;
            }
        }

        return cells;
    }

    private static string Cell(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    private static string Quote(string cell) => $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static JsonObject WithoutEmptyTexts(JsonObject record)
    {
        var copy = (JsonObject)record.DeepClone();
        foreach (var name in copy.Where(property => property.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String
            && value.GetValue<string>().Length == 0).Select(property => property.Key).ToList())
        {
            copy[name] = null;
        }

        return copy;
    }

    private static JsonObject With(JsonObject record, string name, JsonNode? value)
    {
        var copy = (JsonObject)record.DeepClone();
        copy[name] = value;
        return copy;
    }

    private static JsonObject Without(JsonObject record, string name)
    {
        var copy = (JsonObject)record.DeepClone();
        copy.Remove(name);
        return copy;
    }

    private static byte[] Splice(byte[] text, byte[] placeholder, byte[] replacement)
    {
        var at = text.AsSpan().IndexOf(placeholder);
        return at < 0 ? text : [.. text[..at], .. replacement, .. text[(at + placeholder.Length)..]];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static List<string> Types(JsonObject schema) => schema["type"] switch
    {
        JsonArray list => list.Select(type => type!.GetValue<string>()).ToList(),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };
}
