using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Auth;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.HostileInput;

/// <summary>
/// Request bodies are UTF-8 (JSON is, RFC 8259). A body labelled with any other charset is a 415 problem before an
/// endpoint reads it: never transcoded (latin1 or ascii used to store Arabic as mojibake or "??????"), never a 500
/// (an unknown charset used to fail the framework's JSON reader).
/// </summary>
public sealed class BodyCharsetTests : ApiTest
{
    private const string ArabicTitle = "بيان القيادة المركزية الأمريكية حول العمليات ضد داعش في سوريا";

    public static TheoryData<string> ForeignCharsets => ["latin1", "iso-8859-1", "ascii", "us-ascii", "utf-16", "windows-1256", "bogus", "\"latin1\""];

    [Theory]
    [MemberData(nameof(ForeignCharsets))]
    public async Task Every_body_in_another_charset_is_a_415_problem_and_nothing_is_written(string charset)
    {
        var sourceId = await Client.CreateSourceAsync();
        var before = await Client.ReadAsync(Paths.Sources, sourceId);
        var source = Payloads.Source().With(("title", ArabicTitle));
        var csv = $"title,publisher,language,publishedOn,kind\n{ArabicTitle},Shafaq News,ar,2025-11-14,newsReport\n";
        var json = new JsonArray(Payloads.Source().With(("title", ArabicTitle))).Text();

        HttpResponseMessage[] answers =
        [
            await SendAsync(HttpMethod.Post, Paths.Sources, source.Text(), $"application/json; charset={charset}"),
            await SendAsync(HttpMethod.Put, Paths.Of(Paths.Sources, sourceId), source.Text(), $"application/json; charset={charset}"),
            await SendAsync(HttpMethod.Post, AccessCalls.KeysPath, "{\"name\":\"مفتاح\",\"role\":\"reader\"}", $"application/json; charset={charset}"),
            await SendAsync(HttpMethod.Post, "/api/v1/imports/sources", json, $"application/json; charset={charset}"),
            await SendAsync(HttpMethod.Post, "/api/v1/imports/sources", csv, $"text/csv; charset={charset}"),
            await SendAsync(HttpMethod.Post, "/api/v1/imports/sources", source.Text(), $"application/x-ndjson; charset={charset}"),
        ];

        foreach (var answer in answers)
        {
            using (answer)
            {
                var problem = await ProblemAssert.IsProblemAsync(answer, HttpStatusCode.UnsupportedMediaType);
                Assert.Contains($"charset={charset.Trim('"')}", problem.Detail, StringComparison.Ordinal);
            }
        }

        Assert.Equal(1, await StoredRecords.CountAsync(Factory, "sources"));
        Assert.True(JsonNode.DeepEquals(before, await Client.ReadAsync(Paths.Sources, sourceId)));
        Assert.Equal(0, Factory.Database.Count("ApiKeys"));
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json; charset=utf8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    public async Task A_utf8_body_with_or_without_its_charset_keeps_its_text_exactly(string contentType)
    {
        var source = Payloads.Source().With(("title", ArabicTitle), ("notes", "نقلاً عن سبوتنيك عربي وشفق نيوز — ١٣ تشرين الثاني"));

        using var response = await SendAsync(HttpMethod.Post, Paths.Sources, source.Text(), contentType);

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var stored = await Client.ReadAsync(Paths.Sources, (await response.ReadObjectAsync()).Id());
        Assert.Equal(ArabicTitle, stored["title"]!.GetValue<string>());
        Assert.Equal(source["notes"]!.GetValue<string>(), stored["notes"]!.GetValue<string>());
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.SendAsync(new HttpRequestMessage(method, path) { Content = content });
    }
}
