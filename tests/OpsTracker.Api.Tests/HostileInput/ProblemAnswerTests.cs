using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.HostileInput;

/// <summary>
/// Every error answer is application/problem+json whatever the request's Accept header asks for: a browser's
/// text/html, an image type, or nothing. Before, a refusal written as a problem for a client that accepts no JSON
/// failed as a 500 (no problem writer would take it) and 404/405 answers came back as text/plain.
/// </summary>
public sealed class ProblemAnswerTests : ApiTest
{
    public static TheoryData<string?> Accepts => new()
    {
        "text/html",
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
        "image/png",
        "text/plain",
        "application/xml",
        "text/csv",
        "application/json",
        "*/*",
        null,
    };

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task Refusals_before_the_endpoint_are_problems_whatever_accept_says(string? accept)
    {
        using var wrongKey = await SendAsync(HttpMethod.Get, Paths.Sources, accept, key: "not-a-key-of-this-api");
        using var noKey = await SendAsync(HttpMethod.Post, Paths.Sources, accept, key: null, body: Payloads.Source().ToJsonString());
        using var unknownPath = await SendAsync(HttpMethod.Get, "/api/v1/nothing-here", accept);
        using var wrongMethod = await SendAsync(HttpMethod.Patch, Paths.Sources, accept, body: "{}");
        using var tooLarge = await SendAsync(HttpMethod.Post, Paths.Sources, accept, body: $"{{\"notes\": \"{new string('x', 2 * 1024 * 1024)}\"}}");
        using var badCharset = await SendAsync(HttpMethod.Post, Paths.Sources, accept, body: "{}", contentType: "application/json; charset=latin1");

        var problem = await ProblemAssert.IsProblemAsync(wrongKey, HttpStatusCode.Unauthorized);
        Assert.Equal("The API key is not valid.", problem.Title);
        Assert.NotNull(problem.Body["traceId"]);
        await ProblemAssert.IsProblemAsync(noKey, HttpStatusCode.Unauthorized);
        await ProblemAssert.IsProblemAsync(unknownPath, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(wrongMethod, HttpStatusCode.MethodNotAllowed);
        await ProblemAssert.IsProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        await ProblemAssert.IsProblemAsync(badCharset, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "sources"));
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task Refusals_of_the_endpoints_are_problems_whatever_accept_says(string? accept)
    {
        var sourceId = await Client.CreateSourceAsync();

        using var missing = await SendAsync(HttpMethod.Get, Paths.Of(Paths.Sources, sourceId + 1), accept);
        using var badQuery = await SendAsync(HttpMethod.Get, $"{Paths.Sources}?page=abc", accept);
        using var badBody = await SendAsync(HttpMethod.Post, Paths.Sources, accept, body: "{\"title\": 12}");
        using var notJson = await SendAsync(HttpMethod.Post, Paths.Sources, accept, body: "title", contentType: "text/plain");
        using var conflict = await SendAsync(HttpMethod.Delete, Paths.Of(Paths.Sources, sourceId), accept, ifMatch: "\"99\"");

        await ProblemAssert.IsNotFoundAsync(missing, "source", sourceId + 1);
        await ProblemAssert.IsValidationProblemAsync(badQuery, "page");
        await ProblemAssert.IsValidationProblemAsync(badBody, "title");
        await ProblemAssert.IsProblemAsync(notJson, HttpStatusCode.UnsupportedMediaType);
        await ProblemAssert.IsProblemAsync(conflict, HttpStatusCode.PreconditionFailed);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accept, string? key = ApiFactory.AdminKey,
        string? body = null, string contentType = "application/json", string? ifMatch = null)
    {
        using var client = key is null ? Factory.CreateAnonymousClient() : Factory.CreateClientWithKey(key);
        using var request = new HttpRequestMessage(method, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await client.SendAsync(request);
    }
}
