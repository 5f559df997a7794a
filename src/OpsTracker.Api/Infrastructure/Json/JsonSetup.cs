using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsTracker.Api.Infrastructure.Json;

/// <summary>The one JSON contract of the API, shared by the endpoints and by Swagger.</summary>
public static class JsonSetup
{
    /// <summary>
    /// The contract as options of their own, for JSON the API writes and reads outside a request's body (audit entries,
    /// stored drafts): one instance, shared (options are immutable once used).
    /// </summary>
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;

        // A misspelt field ("sourceId" for "sourceIds") is an error, not silently dropped data.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;

        // A field given twice ({"notes": "a", "notes": "b"}) is an error naming it, not one of the two taken silently.
        options.AllowDuplicateProperties = false;

        // Text is written as it is, Arabic included ("الهول", not "\u0627\u0644\u0647\u0648\u0644"): the answers, the
        // command line's output and the audit entries and drafts stored as JSON. The default encoder also escapes
        // characters that are special in HTML (<, >, &, ', +); the API's JSON is never put in a page (every answer is
        // JSON with nosniff and a Content-Security-Policy that runs nothing), so it escapes only what JSON requires
        // (quotes, backslashes, control characters) and what the encoder keeps escaped whatever it is told: spaces other
        // than U+0020 (the no-break spaces U+00A0 and U+202F among them), U+FEFF, private-use and unassigned
        // characters, characters beyond U+FFFF (emoji, as surrogate pairs), U+2028 and U+2029. Those are still the
        // same text once the JSON is read.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

        // Numbers are numbers: "12" is not accepted where 12 is meant.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new ReadableEnumConverter());
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
