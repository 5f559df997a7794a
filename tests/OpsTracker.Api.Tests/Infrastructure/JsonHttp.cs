using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>Sends and reads the API's JSON, and asserts the success answers (201, 200, 204) along the way.</summary>
public static class JsonHttp
{
    public const string BasePath = "/api/v1";

    public const string MergePatchMediaType = "application/merge-patch+json";

    // Arabic and other non-ASCII text goes over the wire as UTF-8, as a real client sends it, not as \u escapes.
    private static readonly JsonSerializerOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, JsonNode? body) =>
        client.PostAsync(path, Content(body));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, JsonNode? body) =>
        client.PutAsync(path, Content(body));

    /// <summary>PATCHes <paramref name="patch"/> as an RFC 7396 merge patch (application/merge-patch+json).</summary>
    public static Task<HttpResponseMessage> MergePatchAsync(this HttpClient client, string path, JsonNode patch) =>
        client.PatchAsync(path, RawContent(patch.ToJsonString(Writing), MergePatchMediaType));

    /// <summary>Merge-patches the record at <paramref name="path"/> and returns it, failing unless the answer is 200.</summary>
    public static async Task<JsonObject> PatchObjectAsync(this HttpClient client, string path, JsonNode patch)
    {
        using var response = await client.MergePatchAsync(path, patch);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadObjectAsync();
    }

    /// <summary>Sends <paramref name="rawBody"/> exactly as given, labelled application/json, for malformed bodies.</summary>
    public static Task<HttpResponseMessage> SendRawJsonAsync(this HttpClient client, HttpMethod method, string path, string rawBody) =>
        client.SendAsync(new HttpRequestMessage(method, path) { Content = RawContent(rawBody) });

    public static StringContent RawContent(string rawBody, string mediaType = "application/json")
    {
        var content = new StringContent(rawBody, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }

    /// <summary>POSTs <paramref name="body"/> and returns the created record, failing unless the answer is 201.</summary>
    public static async Task<JsonObject> CreateAsync(this HttpClient client, string path, JsonObject body)
    {
        using var response = await client.PostJsonAsync(path, body);
        await response.AssertStatusAsync(HttpStatusCode.Created);
        return await response.ReadObjectAsync();
    }

    /// <summary>POSTs <paramref name="body"/> and returns the new record's id, failing unless the answer is 201.</summary>
    public static async Task<long> CreateIdAsync(this HttpClient client, string path, JsonObject body) =>
        (await client.CreateAsync(path, body)).Id();

    /// <summary>GETs one JSON object, failing unless the answer is 200.</summary>
    public static async Task<JsonObject> GetObjectAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadObjectAsync();
    }

    public static async Task<JsonObject> ReadObjectAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) as JsonObject
            ?? throw new InvalidOperationException($"The answer is not a JSON object: {text}");
    }

    /// <summary>Fails with the answer's body in the message, so a wrong status explains itself.</summary>
    public static async Task AssertStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)expected} {expected} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}, "
                + $"got {(int)response.StatusCode} {response.StatusCode}: {body}{ServerFailure(response, body)}");
        }
    }

    /// <summary>For a 5xx answer, what the API logged about it (<see cref="ServerFailureLog"/>).</summary>
    private static string ServerFailure(HttpResponseMessage response, string body)
    {
        if ((int)response.StatusCode < 500)
        {
            return "";
        }

        try
        {
            var traceId = (JsonNode.Parse(body) as JsonObject)?["traceId"]?.GetValue<string>();
            return traceId is not null && ServerFailureLog.Find(traceId) is { } failure
                ? $"{Environment.NewLine}The API logged:{Environment.NewLine}{failure}"
                : "";
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return "";
        }
    }

    public static long Id(this JsonObject record) => record["id"]!.GetValue<long>();

    public static string Text(this JsonNode? node) => node is null ? "null" : node.ToJsonString(Writing);

    public static DateTime Timestamp(this JsonObject record, string field)
    {
        var text = record[field]!.GetValue<string>();
        Assert.EndsWith("Z", text, StringComparison.Ordinal);
        return DateTime.Parse(text, null, System.Globalization.DateTimeStyles.RoundtripKind);
    }

    private static StringContent Content(JsonNode? body) => RawContent(body is null ? "null" : body.ToJsonString(Writing));
}
