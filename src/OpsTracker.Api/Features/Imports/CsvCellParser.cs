using System.Globalization;
using System.Text.Json;
using OpsTracker.Api.Infrastructure.Errors;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.RecordEngine.Exports;

namespace OpsTracker.Api.Features.Imports;

/// <summary>
/// Reads a CSV cell as the export wrote it: enum names, YYYY-MM-DD dates, invariant numbers, lists joined with
/// <c>;</c>. As strict as the JSON body: "12" is a number here only because CSV has no other way to write one, but
/// "1.5" is not a whole number, "13/11/2025" is not a date, and "dead", "Killed" and "killed " are not an outcome
/// (enum names are matched exactly, as in JSON), with the same messages.
/// </summary>
public static class CsvCellParser
{
    /// <summary>The reader for cells of <paramref name="type"/>; throws for a type no request field has.</summary>
    public static Func<string, CsvCell> For(Type type, JsonSerializerOptions options)
    {
        if (CsvFormat.IsJsonList(type, options))
        {
            // A list of objects (citations) is the JSON array the export writes, read as strictly as a JSON body.
            return text =>
            {
                try
                {
                    return new CsvCell(JsonSerializer.Deserialize(text, type, options));
                }
                catch (JsonException exception)
                {
                    var (field, message) = JsonErrors.Describe(exception);
                    return CsvCell.Invalid($"Not a JSON array of its objects{(field.Length > 0 ? $" (at {field})" : "")}: {message}");
                }
            };
        }

        var valueType = Nullable.GetUnderlyingType(type) ?? type;
        if (valueType == typeof(string))
        {
            return text => new CsvCell(text);
        }

        if (valueType == typeof(long))
        {
            return text => ParseLong(text) is { } value ? new CsvCell(value) : CsvCell.Invalid(NotWhole(text));
        }

        if (valueType == typeof(int))
        {
            return text => ParseLong(text) is { } value and >= int.MinValue and <= int.MaxValue
                ? new CsvCell((int)value)
                : CsvCell.Invalid(NotWhole(text));
        }

        if (valueType == typeof(double))
        {
            return text => double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? new CsvCell(value)
                : CsvCell.Invalid($"'{text}' is not a number.");
        }

        if (valueType == typeof(DateOnly))
        {
            return text => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new CsvCell(date)
                : CsvCell.Invalid($"'{text}' is not a date in the form YYYY-MM-DD.");
        }

        if (valueType.IsEnum)
        {
            var names = ReadableEnumConverter.AllowedNames(valueType);
            var values = Enum.GetValues(valueType).Cast<object>().ToList();
            var byName = names.Select((name, i) => (name, value: values[i]))
                .ToDictionary(pair => pair.name, pair => pair.value, StringComparer.Ordinal);
            var allowed = string.Join(", ", names);
            return text => byName.TryGetValue(text, out var value)
                ? new CsvCell(value)
                : CsvCell.Invalid($"'{text}' is not one of the allowed values: {allowed}.");
        }

        if (valueType == typeof(List<long>))
        {
            return text =>
            {
                if (CsvFormat.SplitList(text) is not { } items)
                {
                    return CsvCell.Invalid(BadEscape);
                }

                var ids = new List<long>(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    if (ParseLong(items[i]) is not { } id)
                    {
                        return CsvCell.Invalid(NotWhole(items[i]), i);
                    }

                    ids.Add(id);
                }

                return new CsvCell(ids);
            };
        }

        if (valueType == typeof(List<string>))
        {
            return text => CsvFormat.SplitList(text) is { } items ? new CsvCell(items) : CsvCell.Invalid(BadEscape);
        }

        throw new NotSupportedException($"A CSV import cannot read fields of type {type}.");
    }

    private const string BadEscape = "In a list, \\ escapes only ; and \\ (write \\; and \\\\).";

    private static long? ParseLong(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string NotWhole(string text) => $"'{text}' is not a whole number in range.";
}
