using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation;

namespace OpsTracker.Api.Features.Shared;

/// <summary>
/// Every text field of a record request (strings and lists of strings, at any depth of the request) must be text a
/// database can keep exactly: PostgreSQL's text type cannot hold U+0000, so a NUL anywhere is refused, naming the
/// field, on every database alike rather than stored on SQLite and a 500 on PostgreSQL. Any other character is kept.
/// </summary>
public static class StorableText
{
    public const string Message = "The text contains U+0000 (NUL), which cannot be stored.";

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> TextProperties = new();

    public static void Check<T>(T request, ValidationContext<T> context) => Check(request, "", context);

    private static void Check<T>(object? value, string path, ValidationContext<T> context)
    {
        if (value is null)
        {
            return;
        }

        foreach (var property in TextProperties.GetOrAdd(value.GetType(), Readable))
        {
            var at = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            switch (property.GetValue(value))
            {
                case string text when text.Contains('\0', StringComparison.Ordinal):
                    context.AddFailure(at, Message);
                    break;
                case IReadOnlyList<string?> texts:
                    for (var i = 0; i < texts.Count; i++)
                    {
                        if (texts[i]?.Contains('\0', StringComparison.Ordinal) == true)
                        {
                            context.AddFailure($"{at}[{i}]", Message);
                        }
                    }

                    break;
                case { } nested when !property.PropertyType.IsValueType && property.PropertyType != typeof(string)
                    && property.PropertyType.Namespace?.StartsWith("OpsTracker", StringComparison.Ordinal) == true:
                    Check(nested, at, context);
                    break;
            }
        }
    }

    /// <summary>The public instance properties that may hold text: strings, lists of strings, and the request's own nested types.</summary>
    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0
                && (property.PropertyType == typeof(string)
                    || typeof(IReadOnlyList<string>).IsAssignableFrom(property.PropertyType)
                    || (!property.PropertyType.IsValueType && property.PropertyType.Namespace?.StartsWith("OpsTracker", StringComparison.Ordinal) == true)))
            .ToArray();
}
