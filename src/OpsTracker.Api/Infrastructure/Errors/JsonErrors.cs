using System.Text.Json;
using System.Text.RegularExpressions;
using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.Infrastructure.Errors;

/// <summary>
/// Words System.Text.Json's exceptions as the API's field errors: the camelCase field path and a message a client
/// can act on ("This is not a field of this resource.", "The value is not a whole number in range."). Used for
/// request bodies and for each record of an import alike.
/// </summary>
public static partial class JsonErrors
{
    /// <summary>The field (<c>body</c> when the error concerns the whole value) and the message for <paramref name="exception"/>.</summary>
    public static (string Field, string Message) Describe(JsonException exception)
    {
        var field = FieldPath.FromJsonPath(exception.Path);
        var message = StripPosition(exception.Message);

        var unmapped = UnmappedMember().Match(message);
        if (InvalidText(exception) is { } invalidText)
        {
            message = invalidText;
        }
        else if (DuplicateMember().Match(message) is { Success: true } duplicate)
        {
            // The path ends at the name as the body spelt it the second time ("Title" after "title"), or before it.
            var name = duplicate.Groups["name"].Value;
            field = field.Equals(name, StringComparison.OrdinalIgnoreCase) || field.EndsWith("." + name, StringComparison.OrdinalIgnoreCase)
                ? field
                : FieldPath.Join(field, name);
            message = GivenTwice;
        }
        else if (unmapped.Success)
        {
            // The path may or may not already end at the unknown member, depending on where reading stopped.
            var name = unmapped.Groups["name"].Value;
            field = field == name || field.EndsWith("." + name, StringComparison.Ordinal) ? field : FieldPath.Join(field, name);
            message = "This is not a field of this resource.";
        }
        else if (ConversionFailure().Match(message) is { Success: true } conversion)
        {
            message = $"The value is not {DescribeType(conversion.Groups["type"].Value.TrimEnd('.'))}.";
        }
        else if (exception.InnerException is not null || message.Contains("invalid", StringComparison.OrdinalIgnoreCase)
                 || message.Contains("expected", StringComparison.OrdinalIgnoreCase))
        {
            message = $"The request body is not valid JSON here ({message.TrimEnd('.')}).";
        }

        return (field.Length == 0 ? "body" : field, message);
    }

    /// <summary>What a field given more than once in one JSON object is told.</summary>
    public const string GivenTwice = "This field is given more than once.";

    /// <summary>What a string with a <c>\ud800</c>-<c>\udfff</c> escape that is not half of a pair is told.</summary>
    public const string LoneSurrogate = "The text has a lone surrogate (a \\ud800-\\udfff escape that is not half of a pair): it is not Unicode text.";

    /// <summary>What a string whose bytes are not UTF-8 is told.</summary>
    public const string NotUtf8 = "The text is not valid UTF-8.";

    /// <summary>
    /// The message for a string the reader could not turn into text: a <c>\ud800</c> escape without its pair, or bytes
    /// that are not UTF-8. System.Text.Json reports both as an InvalidOperationException inside the JsonException.
    /// </summary>
    private static string? InvalidText(JsonException exception) => exception.InnerException switch
    {
        // "Cannot transcode invalid UTF-8 JSON text to UTF-16 string." and "Cannot read invalid UTF-16 JSON text as string."
        InvalidOperationException inner when inner.Message.Contains("UTF-8", StringComparison.Ordinal) => NotUtf8,
        InvalidOperationException inner when inner.Message.Contains("UTF-16", StringComparison.Ordinal) => LoneSurrogate,
        _ => null,
    };

    /// <summary>A CLR type name as a client knows the value: "a whole number in range", "a date in the form YYYY-MM-DD".</summary>
    public static string DescribeType(string clrType)
    {
        if (clrType.Contains("List`", StringComparison.Ordinal) || clrType.EndsWith("[]", StringComparison.Ordinal))
        {
            return "a JSON array";
        }

        var type = NullableWrapper().Replace(clrType, "$1").TrimEnd('?');
        return type.Split('.').Last() switch
        {
            "Int32" or "int" or "Int64" or "long" or "Int16" => "a whole number in range",
            "Double" or "double" or "Decimal" or "Single" => "a number",
            "DateOnly" => "a date in the form YYYY-MM-DD",
            "DateTime" or "DateTimeOffset" => "an ISO 8601 timestamp",
            "Boolean" or "bool" => "true or false",
            "String" or "string" => "a string",
            _ => "of the expected type",
        };
    }

    private static string StripPosition(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    // "System.Nullable`1[System.Int32]" and "Nullable<int>" both name the inner type.
    [GeneratedRegex("^(?:System\\.)?Nullable(?:`1\\[|<)(.+?)(?:\\]|>)$")]
    private static partial Regex NullableWrapper();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("Duplicate property '(?<name>[^']+)'")]
    private static partial Regex DuplicateMember();

    [GeneratedRegex("could not be converted to (?<type>[\\w.`\\[\\]]+)")]
    private static partial Regex ConversionFailure();
}
