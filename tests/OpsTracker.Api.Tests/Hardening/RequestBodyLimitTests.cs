using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Hardening;

/// <summary>
/// Record bodies are held to <c>Limits:RecordBodyBytes</c>, declared length or chunked alike; imports keep their own
/// limit. Bodies are padded with JSON whitespace, so each would be a valid record but for its size.
/// </summary>
public sealed class RequestBodyLimitTests() : ApiTest(ReusedApis.Rent(("Limits:RecordBodyBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))))
{
    private const int Limit = 4096;

    [Fact]
    public async Task A_body_at_the_limit_is_written()
    {
        using var declared = await Client.PostAsync(Paths.Sources, Json(Payloads.Source(), Limit));
        using var chunked = await SendChunkedAsync(Client, HttpMethod.Post, Paths.Sources, (Payloads.Source(), Limit));

        await declared.AssertStatusAsync(HttpStatusCode.Created);
        await chunked.AssertStatusAsync(HttpStatusCode.Created);
        Assert.Equal(2, await StoredRecords.CountAsync(Factory, "sources"));
    }

    [Fact]
    public async Task A_body_over_the_limit_with_its_length_declared_is_a_413_and_writes_nothing()
    {
        using var response = await Client.PostAsync(Paths.Sources, Json(Payloads.Source(), Limit + 1));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("The request body is too large.", problem.Title);
        Assert.Contains("Limits:RecordBodyBytes", problem.Detail, StringComparison.Ordinal);
        SecurityHeadersAssert.Present(response);
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "sources"));
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_a_413_and_writes_nothing()
    {
        using var response = await SendChunkedAsync(Client, HttpMethod.Post, Paths.Sources, (Payloads.Source(), Limit + 1));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "sources"));
    }

    [Fact]
    public async Task Over_a_real_socket_a_chunked_body_over_the_limit_is_a_413_and_writes_nothing()
    {
        // Kestrel enforces the limit the API sets on the request as well as the API's own count: either way, a 413 problem.
        using var factory = new ApiFactory().WithSetting("Limits:RecordBodyBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        factory.UseKestrel(0);
        factory.StartServer();
        using var factoryClient = factory.CreateClient();
        using var client = new HttpClient { BaseAddress = factoryClient.BaseAddress };
        client.DefaultRequestHeaders.Add(ApiFactory.ApiKeyHeader, ApiFactory.AdminKey);

        using var under = await SendChunkedAsync(client, HttpMethod.Post, Paths.Sources, (Payloads.Source(), Limit));
        using var over = await SendChunkedAsync(client, HttpMethod.Post, Paths.Sources, (Payloads.Source(), 10 * Limit));

        await ProblemAssert.IsProblemAsync(over, HttpStatusCode.RequestEntityTooLarge);
        await under.AssertStatusAsync(HttpStatusCode.Created);
        Assert.Equal(1, await StoredRecords.CountAsync(factory, "sources"));
    }

    [Fact]
    public async Task An_update_over_the_limit_is_a_413_and_leaves_the_record_unchanged()
    {
        var source = await Client.CreateAsync(Paths.Sources, Payloads.Source());
        var path = Paths.Of(Paths.Sources, source.Id());
        var update = Payloads.Source().With(("title", "Changed title"));

        using var declared = await Client.PutAsync(path, Json(update, 10 * Limit));
        using var chunked = await SendChunkedAsync(Client, HttpMethod.Put, path, (update, 10 * Limit));

        await ProblemAssert.IsProblemAsync(declared, HttpStatusCode.RequestEntityTooLarge);
        await ProblemAssert.IsProblemAsync(chunked, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(source["title"]!.GetValue<string>(), (await Client.GetObjectAsync(path))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Imports_keep_their_own_larger_limit()
    {
        var csv = new StringBuilder("externalId,title,publisher\n");
        for (var i = 0; csv.Length <= 3 * Limit; i++)
        {
            csv.Append(FormattableString.Invariant($"limit:{i},Report number {i} on operations,Some publisher\n"));
        }

        using var response = await Client.ImportAsync("sources", csv.ToString(), ImportHttp.Csv);

        await response.AssertStatusAsync(HttpStatusCode.OK);
        Assert.True(await StoredRecords.CountAsync(Factory, "sources") > 0);
    }

    /// <summary><paramref name="payload"/> as JSON of exactly <paramref name="size"/> bytes, padded with spaces.</summary>
    private static byte[] Padded(JsonObject payload, int size)
    {
        var json = Encoding.UTF8.GetBytes(payload.ToJsonString());
        Assert.True(json.Length <= size, $"The payload alone is {json.Length} bytes, more than {size}.");
        var body = new byte[size];
        Array.Fill(body, (byte)' ');
        json.CopyTo(body, 0);
        return body;
    }

    private static ByteArrayContent Json(JsonObject payload, int size)
    {
        var content = new ByteArrayContent(Padded(payload, size));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>Sends the padded payload chunked: no Content-Length, so only reading the body can find its size.</summary>
    private static Task<HttpResponseMessage> SendChunkedAsync(HttpClient client, HttpMethod method, string path, (JsonObject Payload, int Size) body)
    {
        var request = new HttpRequestMessage(method, path) { Content = new ChunkedContent(Padded(body.Payload, body.Size)) };
        request.Headers.TransferEncodingChunked = true;
        return client.SendAsync(request);
    }

    /// <summary>A body sent without Content-Length, in pieces, as a streaming client sends one.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _body;

        public ChunkedContent(byte[] body)
        {
            _body = body;
            Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < _body.Length; offset += 1000)
            {
                await stream.WriteAsync(_body.AsMemory(offset, Math.Min(1000, _body.Length - offset)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
