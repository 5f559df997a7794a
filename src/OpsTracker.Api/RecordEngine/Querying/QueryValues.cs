using System.Globalization;
using System.Text.RegularExpressions;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Infrastructure.Json;
using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.RecordEngine.Querying;

/// <summary>
/// Reads a list request's query parameters. A value that does not parse is recorded as an error naming the
/// parameter and read as absent, so every bad parameter is reported in one 400 answer.
/// </summary>
public sealed partial class QueryValues(IQueryCollection query, ValidationErrors errors)
{
    public ValidationErrors Errors { get; } = errors;

    public bool Has(string name) => query.ContainsKey(name);

    /// <summary>Every parameter not in <paramref name="known"/> is an error, so a misspelt filter never silently matches everything.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> known)
    {
        foreach (var name in query.Keys.Where(name => !known.Contains(name)))
        {
            Errors.Add(name, $"'{name}' is not a parameter here. The parameters are: {string.Join(", ", known)}.");
        }
    }

    /// <summary>The same request without some parameters, for code that reads those itself.</summary>
    public QueryValues Without(params string[] names) =>
        new(new QueryCollection(query.Where(pair => !names.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value)), Errors);

    public string? Text(string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            Errors.Add(name, $"Give {name} once.");
            return null;
        }

        var text = values.ToString();
        return HoldsNul(name, text) ? null : text;
    }

    /// <summary>A list given as one comma-separated value or as repeated parameters: affiliation=isis,civilian.</summary>
    public IReadOnlyList<string>? List(string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Any(value => HoldsNul(name, value)))
        {
            return null;
        }

        var items = values.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries)).ToList();
        if (items.Count == 0 || items.Any(item => item.Length == 0))
        {
            Errors.Add(name, $"{name} has an empty value; give one or more values separated by commas.");
            return null;
        }

        return items;
    }

    /// <summary>
    /// A %00 in a value is refused as it is in a body: PostgreSQL cannot compare text holding U+0000 (a filter such as
    /// region=a%00b was a 500 there), and no stored text holds it.
    /// </summary>
    private bool HoldsNul(string name, string? value)
    {
        if (value?.Contains('\0', StringComparison.Ordinal) != true)
        {
            return false;
        }

        Errors.Add(name, $"{name} contains U+0000 (NUL, %00), which no stored text holds; remove it.");
        return true;
    }

    /// <summary>true or false; absent is false.</summary>
    public bool Flag(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return false;
        }

        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }

        Errors.Add(name, $"'{text}' is not true or false.");
        return false;
    }

    public DateOnly? Date(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Errors.Add(name, $"'{text}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    /// <summary>An ISO 8601 timestamp; without an offset it is taken as UTC. Answered in UTC.</summary>
    public DateTime? Timestamp(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        // The shape is checked first: the invariant culture's lenient parse would also take 01/02/2025 (as 2 January).
        if (IsoTimestampShape().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var timestamp))
        {
            return timestamp.UtcDateTime;
        }

        Errors.Add(name, $"'{text}' is not an ISO 8601 timestamp such as 2025-11-13T00:00:00Z.");
        return null;
    }

    public IReadOnlyList<long>? Ids(string name)
    {
        var items = List(name);
        if (items is null)
        {
            return null;
        }

        var ids = new List<long>(items.Count);
        foreach (var item in items)
        {
            if (!long.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                Errors.Add(name, $"'{item}' is not a record id (a positive whole number).");
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }

    public IReadOnlyList<TEnum>? Enums<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var items = List(name);
        if (items is null)
        {
            return null;
        }

        var values = new List<TEnum>(items.Count);
        foreach (var item in items)
        {
            if (EnumNames<TEnum>.TryParse(item) is not { } value)
            {
                Errors.Add(name, $"'{item}' is not one of the allowed values: {string.Join(", ", EnumNames<TEnum>.Names)}.");
                return null;
            }

            values.Add(value);
        }

        return values;
    }

    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (EnumNames<TEnum>.TryParse(text) is { } value)
        {
            return value;
        }

        Errors.Add(name, $"'{text}' is not one of the allowed values: {string.Join(", ", EnumNames<TEnum>.Names)}.");
        return null;
    }

    public IReadOnlyList<string>? CountryCodesList(string name)
    {
        var items = List(name);
        var invalid = items?.FirstOrDefault(code => !CountryCodes.IsAssigned(code));
        if (invalid is not null)
        {
            Errors.Add(name, $"'{invalid}' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ).");
            return null;
        }

        return items;
    }

    /// <summary>The from/to pair; to before from is an error on to.</summary>
    public (DateOnly? From, DateOnly? To) DateRange()
    {
        var from = Date("from");
        var to = Date("to");
        if (from is not null && to is not null && to < from)
        {
            Errors.Add("to", "to cannot be before from.");
            return (null, null);
        }

        return (from, to);
    }

    internal static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> Names = ReadableEnumConverter.AllowedNames(typeof(TEnum));

        private static readonly Dictionary<string, TEnum> ByName = Names
            .Zip(System.Enum.GetValues<TEnum>())
            .ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

        public static TEnum? TryParse(string name) => ByName.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>YYYY-MM-DD, then optionally a time (T or a space) with an optional offset.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTimestampShape();
}
