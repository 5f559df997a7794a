using System.Globalization;

namespace OpsTracker.Api.Domain;

/// <summary>Builds a kind's figure key (what two records share when they report the same figure) from its parts.</summary>
public static class FigureKeys
{
    /// <summary>The parts, each written invariantly and apart from the next, so that no two different lists of parts read alike.</summary>
    public static string Of(params object?[] parts) =>
        string.Join('\u001f', parts.Select(part => part switch
        {
            null => "\u2205",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => part.ToString(),
        }));

    /// <summary>A set of values (forces, camps, countries) as one part, whatever their order.</summary>
    public static string Set<T>(IEnumerable<T> values) =>
        string.Join(',', values.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
}
