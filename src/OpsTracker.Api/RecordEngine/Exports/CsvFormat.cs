using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using OpsTracker.Api.Infrastructure.Json;

namespace OpsTracker.Api.RecordEngine.Exports;

/// <summary>
/// The CSV form of a response type: one column per JSON field, with the JSON names; nested objects flattened with a
/// dot (<c>count.best</c>); lists joined with <c>;</c> (a <c>;</c> or <c>\</c> inside an item is escaped with <c>\</c>);
/// a list of objects (<c>citations</c>) written as its JSON array, non-ASCII text unescaped; values written as in JSON
/// (enum names, YYYY-MM-DD dates, ISO 8601 UTC timestamps); RFC 4180 quoting.
/// </summary>
public static class CsvFormat
{
    public const string ContentType = "text/csv";
    public const char ListSeparator = ';';

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<CsvColumn>> Columns = new();
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<object, string>> EnumNames = new();

    /// <summary>The columns of <paramref name="type"/>, derived from its JSON contract so CSV and JSON always agree.</summary>
    public static IReadOnlyList<CsvColumn> ColumnsOf(Type type, JsonSerializerOptions options) =>
        Columns.GetOrAdd(type, t => FieldsOf(t, options).Select(field => ToColumn(field, options)).ToList());

    /// <summary>
    /// Whether a field of <paramref name="type"/> is a list of objects, which a cell holds as a JSON array
    /// (<c>[{"sourceId":1,"quote":"…"}]</c>): the one form that keeps each object's fields, commas and all.
    /// </summary>
    public static bool IsJsonList(Type type, JsonSerializerOptions options) =>
        type != typeof(string)
        && options.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element }
        && options.GetTypeInfo(element).Kind == JsonTypeInfoKind.Object;

    /// <summary>One value as CSV text, written as JSON writes it.</summary>
    public static string? FormatValue(object? value) => value switch
    {
        null => null,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime timestamp => timestamp.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum enumValue => EnumName(enumValue),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => JoinList(items),
        _ => value.ToString(),
    };

    private static string JoinList(IEnumerable items)
    {
        var joined = new StringBuilder();
        foreach (var item in items)
        {
            if (joined.Length > 0)
            {
                joined.Append(ListSeparator);
            }

            var text = FormatValue(item) ?? "";
            joined.Append(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal));
        }

        return joined.ToString();
    }

    private static string EnumName(Enum value) =>
        EnumNames.GetOrAdd(value.GetType(), type => Enum.GetValues(type).Cast<object>()
                .Zip(ReadableEnumConverter.AllowedNames(type))
                .ToDictionary(pair => pair.First, pair => pair.Second))[value];

    /// <summary>
    /// The columns of <paramref name="type"/> as the JSON properties behind each: nested objects flattened with a dot,
    /// in the JSON contract's order. The export reads through them; the import writes through them.
    /// </summary>
    public static IReadOnlyList<CsvField> FieldsOf(Type type, JsonSerializerOptions options) =>
        Flatten(options.GetTypeInfo(type), "", options, []).ToList();

    /// <summary>Splits a list cell written by the export: items separated by <c>;</c>, with <c>\;</c> and <c>\\</c> escapes.</summary>
    /// <returns>The items, or null when a <c>\</c> is followed by anything but <c>;</c> or <c>\</c>.</returns>
    public static List<string>? SplitList(string cell)
    {
        var items = new List<string>();
        var item = new StringBuilder();
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '\\')
            {
                if (i + 1 >= cell.Length || cell[i + 1] is not (ListSeparator or '\\'))
                {
                    return null;
                }

                item.Append(cell[++i]);
            }
            else if (c == ListSeparator)
            {
                items.Add(item.ToString());
                item.Clear();
            }
            else
            {
                item.Append(c);
            }
        }

        items.Add(item.ToString());
        return items;
    }

    private static IEnumerable<CsvField> Flatten(JsonTypeInfo typeInfo, string prefix, JsonSerializerOptions options, JsonPropertyInfo[] path)
    {
        foreach (var property in typeInfo.Properties.OrderBy(p => p.Order))
        {
            JsonPropertyInfo[] propertyPath = [.. path, property];
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var nested = options.GetTypeInfo(type);
            if (nested.Kind == JsonTypeInfoKind.Object && type != typeof(string))
            {
                foreach (var field in Flatten(nested, $"{prefix}{property.Name}.", options, propertyPath))
                {
                    yield return field;
                }

                continue;
            }

            yield return new CsvField($"{prefix}{property.Name}", propertyPath);
        }
    }

    private static CsvColumn ToColumn(CsvField field, JsonSerializerOptions options)
    {
        var read = ValueAlong(field);
        if (IsJsonList(field.ValueType, options))
        {
            // The API's options write text as it is (JsonSetup): Arabic stays Arabic in the cell, not \u0627.
            return new CsvColumn(field.Header, row => read(row) switch
            {
                null => null,
                ICollection { Count: 0 } => "",
                var list => JsonSerializer.Serialize(list, field.ValueType, options),
            });
        }

        return new CsvColumn(field.Header, row => FormatValue(read(row)));
    }

    /// <summary>Reads a field's value along its properties; null where a step is null.</summary>
    private static Func<object, object?> ValueAlong(CsvField field)
    {
        var getters = field.Path.Select(property => property.Get!).ToArray();
        return row =>
        {
            object? value = row;
            foreach (var step in getters)
            {
                value = value is null ? null : step(value);
            }

            return value;
        };
    }
}
