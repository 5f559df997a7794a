using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>Requests with conditional headers (If-Match, If-None-Match), and the ETag of an answer.</summary>
public static class ConditionalHttp
{
    public static string ETagOf(HttpResponseMessage response)
    {
        var tag = response.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak, "A record's ETag is strong.");
        return tag.Tag;
    }

    public static Task<HttpResponseMessage> PutIfMatchAsync(this HttpClient client, string path, JsonNode body, string ifMatch) =>
        client.SendAsync(WithHeader(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonHttp.RawContent(body.Text()) }, "If-Match", ifMatch));

    public static Task<HttpResponseMessage> DeleteIfMatchAsync(this HttpClient client, string path, string ifMatch) =>
        client.SendAsync(WithHeader(new HttpRequestMessage(HttpMethod.Delete, path), "If-Match", ifMatch));

    public static Task<HttpResponseMessage> GetIfNoneMatchAsync(this HttpClient client, string path, string ifNoneMatch) =>
        client.SendAsync(WithHeader(new HttpRequestMessage(HttpMethod.Get, path), "If-None-Match", ifNoneMatch));

    /// <summary>The record and its ETag, failing unless the answer is 200.</summary>
    public static async Task<(JsonObject Record, string ETag)> GetWithETagAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.AssertStatusAsync(System.Net.HttpStatusCode.OK);
        return (await response.ReadObjectAsync(), ETagOf(response));
    }

    /// <summary>A GET answer as a PUT body: without the fields the API sets itself.</summary>
    public static JsonObject AsBody(this JsonObject record) => record.Without("id", "status", "createdAt", "updatedAt");

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        // Added without validation, so tests can send malformed values too.
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }
}
