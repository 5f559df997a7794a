using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsTracker.Api.Infrastructure.Json;

/// <summary>
/// Enums as camelCase strings (or their <see cref="JsonStringEnumMemberNameAttribute"/>), numbers refused, and an
/// unknown value answered with the values that are allowed ("'dead' is not one of the allowed values: killed,
/// wounded."). Swagger documents enums as strings because it sees them written as strings.
/// </summary>
public sealed class ReadableEnumConverter : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _strings = new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var inner = _strings.CreateConverter(typeToConvert, options)!;
        var wrapper = typeof(Readable<>).MakeGenericType(typeToConvert);
        return (JsonConverter)Activator.CreateInstance(wrapper, inner)!;
    }

    /// <summary>The names a client may send for <paramref name="enumType"/>, in declaration order.</summary>
    public static IReadOnlyList<string> AllowedNames(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? JsonNamingPolicy.CamelCase.ConvertName(field.Name))
            .ToList();

    private sealed class Readable<T>(JsonConverter<T> inner) : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly string Allowed = string.Join(", ", AllowedNames(typeof(T)));

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var given = reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : $"A {reader.TokenType.ToString().ToLowerInvariant()}";
            try
            {
                return inner.Read(ref reader, typeToConvert, options);
            }
            catch (JsonException)
            {
                throw new JsonException($"{given} is not one of the allowed values: {Allowed}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            inner.Write(writer, value, options);
    }
}
