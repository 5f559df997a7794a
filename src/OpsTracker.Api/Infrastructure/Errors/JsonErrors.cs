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
        if (unmapped.Success)
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

    [GeneratedRegex("could not be converted to (?<type>[\\w.`\\[\\]]+)")]
    private static partial Regex ConversionFailure();
}
