using System.Text.Json;
using System.Text.Json.Nodes;
using OpsTracker.Api.Features.Shared;
using OpsTracker.Api.Infrastructure.Errors;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// One JSON record of an import (an array item or an NDJSON line) as a row: checked for fields given twice and for
/// text that is not Unicode, its externalId reference properties (<c>sourceExternalIds</c>) taken out, the rest read
/// exactly as a POST body is read, with the same errors.
/// </summary>
public static class JsonRecords
{
    /// <summary>
    /// How a record is read from the file before it is checked: as it is, a field given twice included, so that the
    /// check can name that field on the record's row rather than stop the whole file at its line.
    /// </summary>
    public static readonly JsonSerializerOptions ElementOptions = new() { AllowDuplicateProperties = true };

    public static ImportRow<TRequest> ToRow<TRequest>(ImportSchema<TRequest> schema, int number, JsonElement element)
        where TRequest : RecordRequest
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            var notObject = new ImportRow<TRequest>(number, null);
            notObject.AddError("", "A record is a JSON object ({ ... }), as in a POST body.");
            return notObject;
        }

        if (JsonFaults.Find(element, "") is { } fault)
        {
            var faulty = new ImportRow<TRequest>(number, schema.NewRequest());
            faulty.AddError(fault.Field, fault.Message);
            return faulty;
        }

        // Checked: no name repeats and every string is text, so the node can be built and changed safely.
        var record = JsonObject.Create(element)!;
        var errors = new List<(string Field, string Message)>();
        var externalIds = TakeExternalIds(schema, record, errors);

        TRequest? request = null;
        try
        {
            request = record.Deserialize<TRequest>(schema.Options);
        }
        catch (JsonException exception)
        {
            var (field, message) = JsonErrors.Describe(exception);
            errors.Add((field == "body" ? "" : field, message));
        }

        var row = new ImportRow<TRequest>(number, request ?? schema.NewRequest()) { ExternalIds = externalIds };
        foreach (var (field, message) in errors)
        {
            row.AddError(field, message);
        }

        return row;
    }

    private static List<string>?[]? TakeExternalIds<TRequest>(ImportSchema<TRequest> schema, JsonObject record, List<(string, string)> errors)
        where TRequest : RecordRequest
    {
        List<string>?[]? externalIds = null;
        for (var index = 0; index < schema.References.Count; index++)
        {
            var reference = schema.References[index];
            var name = record.Select(property => property.Key)
                .FirstOrDefault(key => key.Equals(reference.ExternalIdField, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                continue;
            }

            var value = record[name];
            record.Remove(name);
            if (value is null)
            {
                continue;
            }

            var ids = reference.IsList ? ReadList(value, reference.ExternalIdField, errors) : ReadOne(value, reference.ExternalIdField, errors);
            if (ids is not null)
            {
                externalIds ??= new List<string>?[schema.References.Count];
                externalIds[index] = ids;
            }
        }

        return externalIds;
    }

    private static List<string>? ReadOne(JsonNode value, string field, List<(string, string)> errors)
    {
        if (value is JsonValue text && text.TryGetValue<string>(out var externalId))
        {
            return [externalId];
        }

        errors.Add((field, "The value is not a string."));
        return null;
    }

    private static List<string>? ReadList(JsonNode value, string field, List<(string, string)> errors)
    {
        if (value is not JsonArray items)
        {
            errors.Add((field, "The value is not a JSON array."));
            return null;
        }

        var externalIds = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonValue text && text.TryGetValue<string>(out var externalId))
            {
                externalIds.Add(externalId);
            }
            else
            {
                errors.Add(($"{field}[{i}]", "The value is not a string."));
                return null;
            }
        }

        return externalIds;
    }
}
