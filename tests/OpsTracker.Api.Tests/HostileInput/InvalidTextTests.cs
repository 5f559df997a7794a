using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.HostileInput;

/// <summary>
/// Text that is not Unicode (a lone surrogate escape such as "\ud800", bytes that are not UTF-8) is a 400 naming where
/// it is, in every body: a record's field, an import record's field, or the line of the file. It used to be a 500 in
/// JSON and NDJSON imports, and bytes that are not UTF-8 were imported from a JSON file.
/// </summary>
public sealed class InvalidTextTests : ApiTest
{
    private const string LoneSurrogate = "The text has a lone surrogate (a \\ud800-\\udfff escape that is not half of a pair): it is not Unicode text.";
    private const string NotUtf8Line = "The file is not valid UTF-8 on this line; save it as UTF-8, with or without a BOM.";

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00")]
    [InlineData("before \\udfff after")]
    [InlineData("\\udc00\\ud800")]
    [InlineData("\\ud83d")]
    public async Task A_lone_surrogate_in_a_record_answers_400_on_its_field(string escaped)
    {
        var payload = Payloads.Force().With(("notes", "placeholder"));
        var body = payload.Text().Replace("\"placeholder\"", $"\"{escaped}\"", StringComparison.Ordinal);
        var inList = Payloads.Force().Text().Replace("\"قسد\"", $"\"{escaped}\"", StringComparison.Ordinal);

        using var field = await Client.SendRawJsonAsync(HttpMethod.Post, Paths.Forces, body);
        using var listItem = await Client.SendRawJsonAsync(HttpMethod.Post, Paths.Forces, inList);

        Assert.Equal([LoneSurrogate], (await ProblemAssert.IsValidationProblemAsync(field, "notes")).MessagesFor("notes"));
        Assert.Equal([LoneSurrogate], (await ProblemAssert.IsValidationProblemAsync(listItem, "aliases[1]")).MessagesFor("aliases[1]"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "forces"));
    }

    [Fact]
    public async Task A_nul_character_in_any_text_answers_400_on_its_field_on_every_database()
    {
        // PostgreSQL's text cannot hold U+0000: it was stored on SQLite and a 500 on PostgreSQL (found by the fuzz test).
        const string Nul = "The text contains U+0000 (NUL), which cannot be stored.";
        var sourceId = await Client.CreateSourceAsync();
        var force = Payloads.Force().With(("notes", "قبل\u0000بعد")).Text();
        var alias = Payloads.Force().Text().Replace("\"قسد\"", "\"ق\\u0000\"", StringComparison.Ordinal);
        var casualty = Payloads.Casualty(sourceId).Without("externalId");
        var csv = $"sourceIds,affiliation,outcome,count.best,startDate,country,notes\n{sourceId},isis,killed,3,2025-10-01,SY,\"a\0b\"\n";
        var ndjson = casualty.With(("notes", "x")).Text().Replace("\"x\"", "\"\\u0000\"", StringComparison.Ordinal) + "\n";

        using var field = await Client.SendRawJsonAsync(HttpMethod.Post, Paths.Forces, force);
        using var listItem = await Client.SendRawJsonAsync(HttpMethod.Post, Paths.Forces, alias);
        using var csvImport = await Client.ImportAsync("casualties", csv, ImportHttp.Csv);
        using var ndjsonImport = await Client.ImportAsync("casualties", ndjson, ImportHttp.Ndjson);

        Assert.Equal([Nul], (await ProblemAssert.IsValidationProblemAsync(field, "notes")).MessagesFor("notes"));
        Assert.Equal([Nul], (await ProblemAssert.IsValidationProblemAsync(listItem, "aliases[1]")).MessagesFor("aliases[1]"));
        Assert.Equal([Nul], (await ProblemAssert.IsProblemAsync(csvImport, HttpStatusCode.BadRequest)).MessagesFor("line 2: notes"));
        Assert.Equal([Nul], (await ProblemAssert.IsProblemAsync(ndjsonImport, HttpStatusCode.BadRequest)).MessagesFor("line 1: notes"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "forces"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));
    }

    [Theory]
    [InlineData(Paths.Casualties + "?region=%E4%B8%AD%00Deir", "region")]
    [InlineData("/api/v1/strength-estimates?region=Deir%00ez-Zor", "region")]
    [InlineData(Paths.Forces + "?q=%D9%82%00", "q")]
    [InlineData(Paths.Casualties + "?affiliation=isis,%00", "affiliation")]
    [InlineData(Paths.Casualties + "?country=SY&country=I%00", "country")]
    [InlineData(Paths.StatsSummary + "?region=a%00", "region")]
    [InlineData(Paths.Sources + "?format=csv%00", "format")]
    public async Task A_nul_character_in_a_query_parameter_answers_400_on_the_parameter_on_every_database(string url, string parameter)
    {
        // region=a%00b was a 500 on PostgreSQL, which cannot compare text holding U+0000 (found by the fuzz test in CI).
        using var response = await Client.GetAsync(url);

        var problem = await ProblemAssert.IsValidationProblemAsync(response, parameter);
        Assert.Contains(problem.MessagesFor(parameter), message => message.Contains("U+0000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Escaped_and_raw_text_outside_the_basic_plane_is_stored_exactly()
    {
        var payload = Payloads.Force().With(("notes", "placeholder"));
        var body = payload.Text().Replace("\"placeholder\"", "\"\\ud83d\\ude00 😀 \\u0627\\u0644\\u0647\\u0648\\u0644 الهول\"", StringComparison.Ordinal);

        using var response = await Client.SendRawJsonAsync(HttpMethod.Post, Paths.Forces, body);

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var stored = await Client.ReadAsync(Paths.Forces, (await response.ReadObjectAsync()).Id());
        Assert.Equal("😀 😀 الهول الهول", stored["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_in_a_record_answer_400_on_their_field()
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Force().With(("notes", "placeholder")).Text());
        var at = body.AsSpan().IndexOf("placeholder"u8);
        body[at + 3] = 0xFF;
        var cut = Encoding.UTF8.GetBytes(Payloads.Force().With(("notes", "ه")).Text());
        var arabic = cut.AsSpan().IndexOf(Encoding.UTF8.GetBytes("ه"));
        cut[arabic + 1] = (byte)'x';

        using var invalid = await SendBytesAsync(Paths.Forces, body);
        using var truncated = await SendBytesAsync(Paths.Forces, cut);

        Assert.Equal(["The text is not valid UTF-8."], (await ProblemAssert.IsValidationProblemAsync(invalid, "notes")).MessagesFor("notes"));
        await ProblemAssert.IsValidationProblemAsync(truncated, "notes");
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "forces"));
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_json_or_ndjson_import_answers_400_on_the_record_and_field()
    {
        var good = Payloads.Source().Without("externalId");
        var bad = good.With(("notes", "placeholder")).Text().Replace("\"placeholder\"", "\"\\ud800\"", StringComparison.Ordinal);

        using var json = await Client.ImportAsync("sources", $"[{good.Text()},\n{bad}]", ImportHttp.Json);
        using var ndjson = await Client.ImportAsync("sources", $"{good.Text()}\n{bad}\n", ImportHttp.Ndjson);

        Assert.Equal([LoneSurrogate], (await ProblemAssert.IsProblemAsync(json, HttpStatusCode.BadRequest)).MessagesFor("item 2: notes"));
        Assert.Equal([LoneSurrogate], (await ProblemAssert.IsProblemAsync(ndjson, HttpStatusCode.BadRequest)).MessagesFor("line 2: notes"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "sources"));
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_in_any_import_file_answer_400_on_their_line()
    {
        var good = Payloads.Source().Without("externalId").With(("notes", "شفق نيوز"));
        var json = Utf8WithBadByte($"[\n{good.Text()},\n{good.With(("notes", "BAD")).Text()}\n]");
        var ndjson = Utf8WithBadByte($"{good.Text()}\n{good.Text()}\n{good.With(("notes", "BAD")).Text()}\n");
        var csv = Utf8WithBadByte("title,publisher,language,publishedOn,kind,notes\nt,p,ar,2025-11-14,newsReport,شفق\nt,p,ar,2025-11-14,newsReport,BAD\n");

        using var jsonAnswer = await Client.ImportBytesAsync("sources", json, ImportHttp.Json);
        using var ndjsonAnswer = await Client.ImportBytesAsync("sources", ndjson, ImportHttp.Ndjson);
        using var csvAnswer = await Client.ImportBytesAsync("sources", csv, ImportHttp.Csv);

        Assert.Equal([NotUtf8Line], (await ProblemAssert.IsProblemAsync(jsonAnswer, HttpStatusCode.BadRequest)).MessagesFor("line 3"));
        Assert.Equal([NotUtf8Line], (await ProblemAssert.IsProblemAsync(ndjsonAnswer, HttpStatusCode.BadRequest)).MessagesFor("line 3"));
        Assert.Equal([NotUtf8Line], (await ProblemAssert.IsProblemAsync(csvAnswer, HttpStatusCode.BadRequest)).MessagesFor("line 3"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "sources"));
    }

    [Fact]
    public async Task A_json_import_that_ends_inside_a_utf8_sequence_answers_400_on_its_last_line()
    {
        var body = Encoding.UTF8.GetBytes($"[\n{Payloads.Source().Without("externalId").Text()}\n]\n");
        var cut = body.Concat(Encoding.UTF8.GetBytes("ه").Take(1)).ToArray();

        using var response = await Client.ImportBytesAsync("sources", cut, ImportHttp.Json);

        Assert.Equal([NotUtf8Line], (await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest)).MessagesFor("line 4"));
    }

    [Fact]
    public async Task A_large_json_import_of_arabic_text_reads_whole_across_its_blocks()
    {
        // Three-byte and two-byte sequences at every offset: some straddle the reader's block boundaries.
        var records = Enumerable.Range(0, 3000)
            .Select(i => Payloads.Source().Without("externalId").With(("notes", new string('ا', i % 7) + "€ بيان القيادة المركزية " + i)));
        var body = Encoding.UTF8.GetBytes("[" + string.Join(",\n", records.Select(record => record.Text())) + "]");

        using var response = await Client.ImportBytesAsync("sources", body, ImportHttp.Json, "dryRun=true");

        await response.AssertStatusAsync(HttpStatusCode.OK);
        ImportHttp.AssertReport(await response.ReadObjectAsync(), inserted: 3000);
    }

    private static byte[] Utf8WithBadByte(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = bytes.AsSpan().IndexOf("BAD"u8);
        bytes[at + 1] = 0xC3;
        bytes[at + 2] = 0x28;
        return bytes;
    }

    private Task<HttpResponseMessage> SendBytesAsync(string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return Client.PostAsync(path, content);
    }
}
