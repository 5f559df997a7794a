using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Imports;

/// <summary>Sends imports and reads their reports.</summary>
public static class ImportHttp
{
    public const string Csv = "text/csv";
    public const string Json = "application/json";
    public const string Ndjson = "application/x-ndjson";

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, string resource, string body, string contentType, string query = "") =>
        client.ImportBytesAsync(resource, Encoding.UTF8.GetBytes(body), contentType, query);

    public static Task<HttpResponseMessage> ImportBytesAsync(this HttpClient client, string resource, byte[] body, string contentType, string query = "")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync($"/api/v1/imports/{resource}{(query.Length > 0 ? "?" + query : "")}", content);
    }

    /// <summary>Imports and returns the report, failing unless the answer is 200.</summary>
    public static async Task<JsonObject> ImportOkAsync(this HttpClient client, string resource, string body, string contentType, string query = "")
    {
        using var response = await client.ImportAsync(resource, body, contentType, query);
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.ReadObjectAsync();
    }

    public static void AssertReport(JsonObject report, long inserted, long updated = 0, long unchanged = 0)
    {
        Assert.True(report["inserted"]!.GetValue<long>() == inserted && report["updated"]!.GetValue<long>() == updated
            && report["unchanged"]!.GetValue<long>() == unchanged,
            $"Expected inserted {inserted}, updated {updated}, unchanged {unchanged}: {report.ToJsonString()}");
    }

    /// <summary>Every record of a resource as JSON, in id order.</summary>
    public static async Task<List<JsonObject>> AllAsync(this HttpClient client, string resource)
    {
        var page = await client.GetObjectAsync($"/api/v1/{resource}?pageSize=500");
        return [.. page["items"]!.AsArray().Select(item => (JsonObject)item!)];
    }

    public static async Task<string> ExportCsvAsync(this HttpClient client, string resource)
    {
        using var response = await client.GetAsync($"/api/v1/{resource}?format=csv");
        await response.AssertStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
