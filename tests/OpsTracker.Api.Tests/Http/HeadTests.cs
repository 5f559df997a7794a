using System.Net;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Http;

/// <summary>HEAD on every GET route: the GET's status and headers, without its body.</summary>
public sealed class HeadTests() : ApiTest(new ApiFactory().WithSampleData())
{
    [Fact]
    public async Task Every_get_route_answers_head_with_the_gets_status_and_headers_and_no_body()
    {
        var document = await Client.GetObjectAsync(DocumentOperation.DocumentPath);
        var routes = DocumentOperation.All(document)
            .Where(operation => operation.Method == "GET")
            .Select(operation =>
            {
                var required = operation.Parameters.Where(p => p["in"]!.GetValue<string>() == "query" && p["required"]?.GetValue<bool>() == true)
                    .Select(p => $"{p["name"]}={p["example"]}");
                var path = operation.Path.Replace("{id}", "1", StringComparison.Ordinal);
                return required.Any() ? $"{path}?{string.Join('&', required)}" : path;
            })
            .Concat(["/health", DocumentOperation.DocumentPath, "/docs/api.md", $"{Paths.Casualties}?format=csv", $"{Paths.Arrests}?format=geojson"])
            .ToList();

        foreach (var route in routes)
        {
            using var get = await Client.GetAsync(route);
            using var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, route));

            Assert.Equal(get.StatusCode, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
            Assert.Equal(Headers(get), Headers(head));
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }

        Assert.Contains(routes, route => route == $"{Paths.Casualties}/1");
    }

    [Fact]
    public async Task A_head_with_the_current_etag_is_304_and_a_head_is_authorized_as_a_read()
    {
        var (_, etag) = await Client.GetWithETagAsync($"{Paths.Casualties}/1");
        var conditional = new HttpRequestMessage(HttpMethod.Head, $"{Paths.Casualties}/1");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var notModified = await Client.SendAsync(conditional);
        using var anonymous = Factory.CreateAnonymousClient();
        using var openRead = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, Paths.Casualties));
        using var adminRead = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, AuditHttp.Audit));

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, openRead.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, adminRead.StatusCode);
    }

    /// <summary>
    /// The headers a client reads, with their values; Date and the trace id may differ between two answers, and so may
    /// Cache-Status (the HEAD after a GET is answered from the response cache).
    /// </summary>
    private static List<string> Headers(HttpResponseMessage response) =>
        [.. response.Headers.Where(header => header.Key is not ("Date" or "Cache-Status"))
            .Select(header => $"{header.Key}: {string.Join(", ", header.Value)}")
            .Order(StringComparer.Ordinal)];
}
