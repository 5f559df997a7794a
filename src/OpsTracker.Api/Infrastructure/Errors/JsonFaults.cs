using System.Runtime.InteropServices;
using System.Text.Json;
using OpsTracker.Api.Infrastructure.Validation;

namespace OpsTracker.Api.Infrastructure.Errors;

/// <summary>
/// What a JSON body read as it is (duplicates allowed, strings not decoded) may hold that no request can: a field given
/// twice in one object, or a string that is not Unicode text. Found on the parsed document, so the field is named
/// the same way for an import's records and a PATCH body, whatever System.Text.Json's own message would say.
/// </summary>
public static class JsonFaults
{
    /// <summary>
    /// The first field of <paramref name="element"/> given twice in one object (names match as request fields do,
    /// ignoring case) or holding a string that is not Unicode text (a lone <c>\ud800</c> escape), or null.
    /// </summary>
    public static (string Field, string Message)? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return (path, JsonErrors.LoneSurrogate);
                    }

                    var field = FieldPath.Join(path, name);
                    if (!names.Add(name))
                    {
                        return (field, JsonErrors.GivenTwice);
                    }

                    if (Find(property.Value, field) is { } fault)
                    {
                        return fault;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]") is { } fault)
                    {
                        return fault;
                    }
                }

                return null;
            case JsonValueKind.String:
                // Only an escape can make valid UTF-8 into something that is not text; most strings have none.
                return JsonMarshal.GetRawUtf8Value(element).Contains((byte)'\\') && !IsText(element) ? (path, JsonErrors.LoneSurrogate) : null;
            default:
                return null;
        }
    }

    private static bool IsText(JsonElement value)
    {
        try
        {
            value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
