using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsTracker.Api.Infrastructure.Json;

/// <summary>
/// Enums as camelCase strings (or their <see cref="JsonStringEnumMemberNameAttribute"/>), matched exactly as documented,
/// and an unknown value answered with the values that are allowed ("'dead' is not one of the allowed values: killed,
/// wounded."). Swagger documents enums as strings because it sees them written as strings.
/// </summary>
/// <remarks>
/// The framework's converter is lenient on reading: it ignores case, trims spaces and combines comma-separated names,
/// so <c>"killed "</c>, <c>"KILLED"</c> and <c>"killed, wounded"</c> would all be taken for a value. Reading is done
/// here instead, by exact name; writing stays the framework's.
/// </remarks>
public sealed class ReadableEnumConverter : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _strings = new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var inner = _strings.CreateConverter(typeToConvert, options)!;
        var wrapper = typeof(Exact<>).MakeGenericType(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(wrapper, inner)!;
    }

    /// <summary>The names a client may send for <paramref name="enumType"/>, in declaration order.</summary>
    public static IReadOnlyList<string> AllowedNames(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? JsonNamingPolicy.CamelCase.ConvertName(field.Name))
            .ToList();

    private sealed class Exact<T>(JsonConverter<T> inner) : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly IReadOnlyList<string> Names = AllowedNames(typeof(T));

        private static readonly Dictionary<string, T> ByName = Names
            .Zip(typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (T)field.GetValue(null)!))
            .ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

        private static readonly string Allowed = string.Join(", ", Names);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"A {reader.TokenType.ToString().ToLowerInvariant()} is not one of the allowed values: {Allowed}.");
            }

            return Lookup(reader.GetString()!);
        }

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Lookup(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            inner.Write(writer, value, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            inner.WriteAsPropertyName(writer, value, options);

        private static T Lookup(string name) => ByName.TryGetValue(name, out var value)
            ? value
            : throw new JsonException($"'{name}' is not one of the allowed values: {Allowed}.");
    }
}
