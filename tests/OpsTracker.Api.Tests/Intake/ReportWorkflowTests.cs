using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>
/// The intake workflow through HTTP: a report's text in, drafts out, each accepted (as a POST of its kind) or rejected
/// by an analyst, nothing counted before that, and every refusal a problem naming the field.
/// </summary>
public sealed class ReportWorkflowTests : ApiTest
{
    private const string Reports = "/api/v1/reports";

    private const string ArrestReport = """
        قسد تعتقل 12 مشتبهاً بالانتماء لداعش في مخيم الهول

        أعلنت قوات سوريا الديمقراطية (قسد)، اليوم السبت، اعتقال 12 شخصاً يشتبه بانتمائهم لتنظيم داعش خلال حملة أمنية في مخيم الهول.
        """;

    private async Task<(long SdfId, long CampId)> NamesAsync()
    {
        var sdf = Payloads.Force();
        sdf["name"] = "Syrian Democratic Forces";
        sdf["acronym"] = "SDF";
        sdf["aliases"] = Payloads.Strings("قوات سوريا الديمقراطية", "قسد");
        sdf["kind"] = "partnerForce";
        var camp = Payloads.Camp();
        camp["name"] = "al-Hol camp";
        camp["aliases"] = Payloads.Strings("مخيم الهول", "الهول");
        camp["country"] = "SY";
        return (await Client.CreateIdAsync(Paths.Forces, sdf), await Client.CreateIdAsync(Paths.Camps, camp));
    }

    private static JsonObject NewSource() => new()
    {
        ["title"] = "قسد تعتقل 12 مشتبهاً في مخيم الهول",
        ["publisher"] = "Shafaq News",
        ["language"] = "ar",
        ["publishedOn"] = "2025-11-08",
        ["kind"] = "newsReport",
    };

    private async Task<JsonObject> PostReportAsync(string text)
    {
        using var response = await Client.PostJsonAsync(Reports, new JsonObject { ["source"] = NewSource(), ["text"] = text });
        await response.AssertStatusAsync(HttpStatusCode.Created);
        return await response.ReadObjectAsync();
    }

    [Fact]
    public async Task A_posted_text_is_stored_with_a_new_source_and_read_into_drafts_that_count_nothing()
    {
        var (sdfId, campId) = await NamesAsync();

        using var response = await Client.PostJsonAsync(Reports, new JsonObject { ["source"] = NewSource(), ["text"] = ArrestReport });

        await response.AssertStatusAsync(HttpStatusCode.Created);
        var report = await response.ReadObjectAsync();
        Assert.Equal($"{Reports}/{report.Id()}", response.Headers.Location!.OriginalString);
        var sourceId = report["sourceId"]!.GetValue<long>();
        Assert.Equal("ar", (await Client.GetObjectAsync($"{Paths.Sources}/{sourceId}"))["language"]!.GetValue<string>());

        var draft = Assert.Single(report["drafts"]!.AsArray())!.AsObject();
        Assert.Equal(1, draft["n"]!.GetValue<int>());
        Assert.Equal("arrests", draft["kind"]!.GetValue<string>());
        Assert.Equal("pending", draft["status"]!.GetValue<string>());
        var record = draft["record"]!.AsObject();
        Assert.Equal(12, record["count"]!["best"]!.GetValue<int>());
        Assert.Equal(sdfId, record["arrestingForceId"]!.GetValue<long>());
        Assert.Equal(campId, record["campId"]!.GetValue<long>());
        Assert.Equal("2025-11-08", record["startDate"]!.GetValue<string>());
        var citation = Assert.Single(record["citations"]!.AsArray())!;
        Assert.Equal(sourceId, citation["sourceId"]!.GetValue<long>());
        Assert.Equal(draft["quotes"]![0]!["text"]!.GetValue<string>(), citation["quote"]!.GetValue<string>());
        Assert.Equal(sdfId, citation["attributedTo"]!["forceId"]!.GetValue<long>());

        // Each quote is the text's own passage at its offsets; the stored text is the posted one, byte for byte.
        var stored = await Client.GetObjectAsync($"/api/v1/sources/{sourceId}/text");
        Assert.Equal(ArrestReport, stored["text"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ArrestReport))), stored["sha256"]!.GetValue<string>());
        Assert.Equal(stored["sha256"]!.GetValue<string>(), report["textSha256"]!.GetValue<string>());
        Assert.NotEmpty(draft["quotes"]!.AsArray());
        foreach (var quote in draft["quotes"]!.AsArray())
        {
            Assert.Equal(quote!["text"]!.GetValue<string>(), ArrestReport[quote["start"]!.GetValue<int>()..quote["end"]!.GetValue<int>()]);
        }

        // Drafts are in no list, search or total.
        Assert.Equal(0, (await Client.GetObjectAsync(Paths.Arrests))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await Client.GetObjectAsync($"{Paths.Arrests}?q=%D8%A7%D9%84%D9%87%D9%88%D9%84"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_text_posted_again_for_its_source_is_the_stored_report_and_another_text_is_a_conflict()
    {
        var report = await PostReportAsync(ArrestReport);
        var sourceId = report["sourceId"]!.GetValue<long>();

        using var again = await Client.PostJsonAsync(Reports, new JsonObject { ["sourceId"] = sourceId, ["text"] = ArrestReport });
        await again.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal(report.Id(), (await again.ReadObjectAsync()).Id());

        using var other = await Client.PostJsonAsync(Reports, new JsonObject { ["sourceId"] = sourceId, ["text"] = ArrestReport + " تحديث" });
        var problem = await ProblemAssert.IsProblemAsync(other, HttpStatusCode.Conflict);
        Assert.Equal("text", problem.Body["field"]!.GetValue<string>());
        Assert.Equal(1, (await Client.GetObjectAsync(Reports))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_person_the_database_knows_is_named_by_the_draft_through_any_case_of_the_kunya_and_by_the_record_it_becomes()
    {
        await NamesAsync();
        var person = Payloads.Person(await Client.CreateSourceAsync(), await Client.CreateForceAsync());
        person["name"] = "بهاء مسيري";
        person["aliases"] = Payloads.Strings("Bahaa Musiri", "أبو عبد الرحمن");
        var personId = await Client.CreateIdAsync(Paths.Persons, person);
        const string Text = """
            قسد تعتقل قيادياً في داعش

            أعلنت قوات سوريا الديمقراطية، اليوم السبت، أنها ألقت القبض على القيادي في تنظيم الدولة بهاء مسيري الملقب بـ"أبي عبد الرحمن"، وهو عراقي الجنسية، في مخيم الهول.
            """;

        var report = await PostReportAsync(Text);
        var draft = report["drafts"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == "arrests")!;
        using var accept = await Client.PostAsync($"{Reports}/{report.Id()}/drafts/{draft["n"]}/accept", null);
        await accept.AssertStatusAsync(HttpStatusCode.Created);
        var arrest = await accept.ReadObjectAsync();
        var named = await Client.GetObjectAsync($"{Paths.Persons}/{personId}/records");

        Assert.Equal($"[{personId}]", draft["record"]!["personIds"].Text());
        Assert.DoesNotContain(draft["unresolved"]!.AsArray(), name => name!["type"]!.GetValue<string>() == "person");
        Assert.Equal($"[{personId}]", arrest["personIds"].Text());
        Assert.Contains(arrest.Id().ToString(System.Globalization.CultureInfo.InvariantCulture), named.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_the_database_does_not_know_is_unresolved_and_named_by_no_id()
    {
        await NamesAsync();
        const string Text = """
            أعلنت قوات سوريا الديمقراطية، اليوم السبت، أنها ألقت القبض على القيادي في تنظيم داعش بهاء مسيري الملقب بـ"أبو عبد الرحمن" في مخيم الهول.
            """;

        var report = await PostReportAsync(Text);
        var draft = report["drafts"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == "arrests")!;

        Assert.Null(draft["record"]!["personIds"]);
        Assert.Equal("بهاء مسيري", draft["record"]!["personName"]!.GetValue<string>());
        Assert.Contains(draft["unresolved"]!.AsArray(), name => name!["type"]!.GetValue<string>() == "person" && name["text"]!.GetValue<string>() == "بهاء مسيري");
    }

    [Fact]
    public async Task An_accepted_draft_becomes_a_record_citing_the_source_once_and_is_audited()
    {
        await NamesAsync();
        var report = await PostReportAsync(ArrestReport);
        var sourceId = report["sourceId"]!.GetValue<long>();

        using var accept = await Client.PostAsync($"{Reports}/{report.Id()}/drafts/1/accept", null);

        await accept.AssertStatusAsync(HttpStatusCode.Created);
        var record = await accept.ReadObjectAsync();
        Assert.Equal($"{Paths.Arrests}/{record.Id()}", accept.Headers.Location!.OriginalString);
        Assert.Equal([sourceId], record["sourceIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        var quoted = report["drafts"]![0]!["quotes"]![0]!["text"]!.GetValue<string>();
        Assert.Equal(quoted, Assert.Single(record["citations"]!.AsArray())!["quote"]!.GetValue<string>());
        Assert.Equal(12, (await Client.GetObjectAsync($"{Paths.Arrests}/{record.Id()}"))["count"]!["best"]!.GetValue<int>());

        var draft = (await Client.GetObjectAsync($"{Reports}/{report.Id()}"))["drafts"]![0]!;
        Assert.Equal(("accepted", record.Id()), (draft["status"]!.GetValue<string>(), draft["recordId"]!.GetValue<long>()));

        using var twice = await Client.PostAsync($"{Reports}/{report.Id()}/drafts/1/accept", null);
        Assert.Equal("status", (await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict)).Body["field"]!.GetValue<string>());
        using var reject = await Client.PostAsync($"{Reports}/{report.Id()}/drafts/1/reject", null);
        await ProblemAssert.IsProblemAsync(reject, HttpStatusCode.Conflict);
        Assert.Equal(1, (await Client.GetObjectAsync(Paths.Arrests))["totalCount"]!.GetValue<int>());

        var audit = await Client.GetObjectAsync($"/api/v1/audit?resource=reports&id={report.Id()}");
        var entry = Assert.Single(audit["items"]!.AsArray())!;
        Assert.Equal("accept", entry["action"]!.GetValue<string>());
        Assert.Equal(AuditHttp.AdminKeyName, entry["keyName"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_accept_with_edits_is_validated_as_a_post_of_its_kind_and_a_refused_one_leaves_the_draft_pending()
    {
        await NamesAsync();
        var report = await PostReportAsync(ArrestReport);
        var accept = $"{Reports}/{report.Id()}/drafts/1/accept";

        using var invalid = await Client.PostJsonAsync(accept, new JsonObject { ["count"] = new JsonObject { ["best"] = -1 } });
        await ProblemAssert.IsValidationProblemAsync(invalid, "record.count.best");
        using var unknownField = await Client.PostJsonAsync(accept, new JsonObject { ["colour"] = "red" });
        await ProblemAssert.IsValidationProblemAsync(unknownField, "record.colour");
        using var notAnObject = await Client.PostJsonAsync(accept, new JsonArray());
        await ProblemAssert.IsValidationProblemAsync(notAnObject, "body");
        Assert.Equal(0, (await Client.GetObjectAsync(Paths.Arrests))["totalCount"]!.GetValue<int>());
        Assert.Equal("pending", (await Client.GetObjectAsync($"{Reports}/{report.Id()}"))["drafts"]![0]!["status"]!.GetValue<string>());

        using var edited = await Client.PostJsonAsync(accept, new JsonObject { ["count"] = Payloads.Count(12, "atLeast"), ["region"] = "Al-Hasakah" });
        await edited.AssertStatusAsync(HttpStatusCode.Created);
        var record = await edited.ReadObjectAsync();
        Assert.Equal(("atLeast", "Al-Hasakah"), (record["count"]!["qualifier"]!.GetValue<string>(), record["region"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_rejected_draft_cannot_be_accepted_and_leaves_the_pending_list()
    {
        await NamesAsync();
        var report = await PostReportAsync(ArrestReport);
        Assert.Equal(1, (await Client.GetObjectAsync($"{Reports}?status=pending"))["totalCount"]!.GetValue<int>());

        using var reject = await Client.PostAsync($"{Reports}/{report.Id()}/drafts/1/reject", null);

        await reject.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("rejected", (await reject.ReadObjectAsync())["status"]!.GetValue<string>());
        using var accept = await Client.PostAsync($"{Reports}/{report.Id()}/drafts/1/accept", null);
        await ProblemAssert.IsProblemAsync(accept, HttpStatusCode.Conflict);
        Assert.Equal(0, (await Client.GetObjectAsync($"{Reports}?status=pending"))["totalCount"]!.GetValue<int>());
        Assert.Equal(1, (await Client.GetObjectAsync($"{Reports}?status=rejected"))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await Client.GetObjectAsync(Paths.Arrests))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_text_with_no_figures_is_a_report_with_no_drafts()
    {
        var report = await PostReportAsync("قال وزير الإعلام إن سوريا ليست جزءاً من التحالف الدولي في الوقت الحالي.");

        Assert.Empty(report["drafts"]!.AsArray());
        Assert.Equal(0, report["pending"]!.GetValue<int>());
    }

    public static TheoryData<string, string> BadPosts() => new()
    {
        { """{"source": {"title": "t", "publisher": "p"}, "text": ""}""", "text" },
        { """{"source": {"title": "t", "publisher": "p"}, "text": "   \n\t "}""", "text" },
        { """{"source": {"title": "t", "publisher": "p"}}""", "text" },
        { """{"text": "12 killed"}""", "sourceId" },
        { """{"sourceId": 1, "source": {"title": "t", "publisher": "p"}, "text": "12 killed"}""", "sourceId" },
        { """{"sourceId": 999, "text": "12 killed"}""", "sourceId" },
        { """{"source": {"publisher": "p"}, "text": "12 killed"}""", "source.title" },
        { """{"source": {"title": "t", "publisher": "p"}, "text": "12 killed", "language": "not a tag"}""", "language" },
        { """{"source": {"title": "t", "publisher": "p"}, "text": "12 killed", "text": "13 killed"}""", "text" },
        { """{"source": {"title": "t", "publisher": "p"}, "text": "\ud800"}""", "text" },
    };

    [Theory]
    [MemberData(nameof(BadPosts))]
    public async Task A_bad_post_is_a_problem_naming_the_field_and_stores_nothing(string body, string field)
    {
        using var response = await Client.SendRawJsonAsync(HttpMethod.Post, Reports, body);

        await ProblemAssert.IsValidationProblemAsync(response, field);
        Assert.Equal(0, (await Client.GetObjectAsync(Reports))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await Client.GetObjectAsync(Paths.Sources))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_text_over_the_limit_is_refused_naming_the_text()
    {
        var text = new string('ن', (1024 * 1024 / 2) + 1);

        using var response = await Client.PostJsonAsync(Reports, new JsonObject { ["source"] = NewSource(), ["text"] = text });

        await ProblemAssert.IsValidationProblemAsync(response, "text");
        Assert.Equal(0, (await Client.GetObjectAsync(Paths.Sources))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Invalid_utf8_in_the_text_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"source": {"title": "t", "publisher": "p"}, "text": "12 killed X"}""");
        bytes[^3] = 0xC3;
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        using var response = await Client.PostAsync(Reports, content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, (await Client.GetObjectAsync(Paths.Sources))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Missing_reports_drafts_and_texts_are_404_problems()
    {
        var report = await PostReportAsync("12 ISIS members were killed in an airstrike near Hajin on Friday.");
        var sourceId = await Client.CreateIdAsync(Paths.Sources, Payloads.Source());

        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"{Reports}/999"),
            (HttpMethod.Post, $"{Reports}/999/drafts/1/accept"),
            (HttpMethod.Post, $"{Reports}/{report.Id()}/drafts/99/accept"),
            (HttpMethod.Post, $"{Reports}/{report.Id()}/drafts/99/reject"),
            (HttpMethod.Get, $"/api/v1/sources/{sourceId}/text"),
        })
        {
            using var response = await Client.SendAsync(new HttpRequestMessage(method, path));
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task A_report_follows_its_source_deleting_the_source_hides_its_text_and_drafts()
    {
        await NamesAsync();
        var report = await PostReportAsync(ArrestReport);
        var sourceId = report["sourceId"]!.GetValue<long>();

        using var delete = await Client.DeleteAsync($"{Paths.Sources}/{sourceId}");

        await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"{Reports}/{report.Id()}"),
            (HttpMethod.Get, $"/api/v1/sources/{sourceId}/text"),
            (HttpMethod.Post, $"{Reports}/{report.Id()}/drafts/1/accept"),
        })
        {
            using var response = await Client.SendAsync(new HttpRequestMessage(method, path));
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        }

        Assert.Equal(0, (await Client.GetObjectAsync($"{Reports}?status=pending"))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await Client.GetObjectAsync(Paths.Arrests))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_deleted_source_cannot_take_a_text()
    {
        var sourceId = await Client.CreateIdAsync(Paths.Sources, Payloads.Source());
        (await Client.DeleteAsync($"{Paths.Sources}/{sourceId}")).Dispose();

        using var response = await Client.PostJsonAsync(Reports, new JsonObject { ["sourceId"] = sourceId, ["text"] = ArrestReport });

        await ProblemAssert.IsValidationProblemAsync(response, "sourceId");
    }
}
