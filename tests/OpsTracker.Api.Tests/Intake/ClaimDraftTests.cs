using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Intake;

/// <summary>
/// One attack, events and statements read from a report, through HTTP: each drafted as the body its kind's POST takes, and
/// accepting it creates the record through that kind's validation, citing the report's source with its passage.
/// </summary>
public sealed class ClaimDraftTests : ApiTest
{
    private const string Reports = "/api/v1/reports";

    private async Task<(long Sdf, long Isis, long AlHol)> NamesAsync()
    {
        var sdf = Payloads.Force().With(("name", "Syrian Democratic Forces"), ("acronym", "SDF"),
            ("aliases", Payloads.Strings("قوات سوريا الديمقراطية", "قسد")), ("kind", "partnerForce"));
        var isis = Payloads.Force().With(("name", "Islamic State"), ("acronym", "ISIS"), ("aliases", Payloads.Strings("داعش", "تنظيم داعش")),
            ("kind", "insurgentGroup"));
        var camp = Payloads.Camp().With(("name", "al-Hol camp"), ("aliases", Payloads.Strings("مخيم الهول", "الهول")), ("country", "SY"));
        return (await Client.CreateIdAsync(Paths.Forces, sdf), await Client.CreateIdAsync(Paths.Forces, isis), await Client.CreateIdAsync(Paths.Camps, camp));
    }

    private async Task<JsonObject> PostReportAsync(string text)
    {
        var source = new JsonObject
        {
            ["title"] = Payloads.Unique("قسد"),
            ["publisher"] = "Shafaq News",
            ["language"] = "ar",
            ["publishedOn"] = "2025-11-08",
            ["kind"] = "newsReport",
        };
        using var response = await Client.PostJsonAsync(Reports, new JsonObject { ["source"] = source, ["text"] = text });
        await response.AssertStatusAsync(HttpStatusCode.Created);
        return await response.ReadObjectAsync();
    }

    private static JsonObject DraftOf(JsonObject report, string kind) =>
        Assert.Single(report["drafts"]!.AsArray(), draft => draft!["kind"]!.GetValue<string>() == kind)!.AsObject();

    private async Task<JsonObject> AcceptAsync(JsonObject report, JsonObject draft, string kind)
    {
        using var accept = await Client.PostAsync($"{Reports}/{report.Id()}/drafts/{draft["n"]}/accept", null);
        await accept.AssertStatusAsync(HttpStatusCode.Created);
        var created = await accept.ReadObjectAsync();
        Assert.Equal($"/api/v1/{kind}/{created.Id()}", accept.Headers.Location!.OriginalString);
        return await Client.GetObjectAsync($"/api/v1/{kind}/{created.Id()}");
    }

    [Fact]
    public async Task An_attack_is_drafted_as_one_operation_of_the_insurgent_side_and_accepted_as_an_operation_of_count_1()
    {
        var (sdf, isis, _) = await NamesAsync();
        const string Text = """
            مقتل ثلاثة من قسد بهجوم لداعش في ريف دير الزور

            قُتل ثلاثة من مقاتلي قوات سوريا الديمقراطية، مساء أمس الجمعة، بهجوم شنه عناصر من تنظيم داعش على نقطة عسكرية في بلدة ذيبان بريف دير الزور الشرقي.

            وقالت مصادر محلية إن الهجوم هو الثالث في المنطقة خلال الشهر الجاري.
            """;

        var report = await PostReportAsync(Text);

        var draft = DraftOf(report, "operations");
        var record = draft["record"]!.AsObject();
        Assert.Equal("attack", record["type"]!.GetValue<string>());
        Assert.Equal("2025-11-07", record["startDate"]!.GetValue<string>());
        Assert.Equal("SY", record["country"]!.GetValue<string>());
        Assert.Equal(1, record["count"]!["best"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(record["title"]!.GetValue<string>()));
        Assert.Equal([sdf, isis], record["forceIds"]!.AsArray().Select(id => id!.GetValue<long>()).Order());
        Assert.Single(report["drafts"]!.AsArray(), d => d!["kind"]!.GetValue<string>() == "casualties");
        Assert.DoesNotContain(report["drafts"]!.AsArray(), d => d!["kind"]!.GetValue<string>() is "statements" or "events");

        var created = await AcceptAsync(report, draft, "operations");

        Assert.Equal("attack", created["type"]!.GetValue<string>());
        Assert.Equal("carriedOut", created["outcome"]!.GetValue<string>());
        Assert.Equal(record["title"]!.GetValue<string>(), created["title"]!.GetValue<string>());
        Assert.Equal(1, created["count"]!["best"]!.GetValue<int>());
        Assert.Equal("2025-11-07", created["startDate"]!.GetValue<string>());
        Assert.Equal([sdf, isis], created["forceIds"]!.AsArray().Select(id => id!.GetValue<long>()).Order());
        var citation = Assert.Single(created["citations"]!.AsArray())!;
        Assert.Equal(report["sourceId"]!.GetValue<long>(), citation["sourceId"]!.GetValue<long>());
        Assert.Equal(draft["quotes"]![0]!["text"]!.GetValue<string>(), citation["quote"]!.GetValue<string>());
        Assert.Equal(1, await Client.CountAsync("/api/v1/operations?side=insurgent"));
        Assert.Equal(0, await Client.CountAsync("/api/v1/events"));
    }

    [Fact]
    public async Task A_forces_quoted_words_are_drafted_as_a_statement_and_accepted_byte_for_byte()
    {
        var (sdf, _, alHol) = await NamesAsync();
        const string Words = "مخيم الهول لا يزال يشكّل خطراً على أمن المنطقة والعالم";
        var text = $"أكدت قوات سوريا الديمقراطية (قسد)، في بيان اليوم السبت، أن \"{Words}\"، داعية الدول إلى استعادة رعاياها.";

        var report = await PostReportAsync(text);

        var draft = DraftOf(report, "statements");
        var record = draft["record"]!.AsObject();
        Assert.Equal(Words, record["quote"]!.GetValue<string>());
        Assert.Equal(sdf, record["forceId"]!.GetValue<long>());
        Assert.Equal("2025-11-08", record["madeOn"]!.GetValue<string>());
        Assert.Equal("pressRelease", record["medium"]!.GetValue<string>());
        Assert.Null(record["count"]);
        var about = Assert.Single(record["about"]!.AsArray())!;
        Assert.Equal(("camps", alHol), (about["kind"]!.GetValue<string>(), about["id"]!.GetValue<long>()));

        var created = await AcceptAsync(report, draft, "statements");

        Assert.Equal(Words, created["quote"]!.GetValue<string>());
        Assert.Equal(sdf, created["forceId"]!.GetValue<long>());
        Assert.Equal("2025-11-08", created["madeOn"]!.GetValue<string>());
        Assert.Equal("pressRelease", created["medium"]!.GetValue<string>());
        Assert.Equal(alHol, Assert.Single(created["about"]!.AsArray())!["id"]!.GetValue<long>());
        Assert.Equal(sdf, Assert.Single(created["citations"]!.AsArray())!["attributedTo"]!["forceId"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_speaker_the_database_does_not_know_is_unresolved_and_the_statement_is_accepted_with_the_reports_words_for_who()
    {
        await NamesAsync();
        const string Text = "وقال وزير الخارجية أسعد الشيباني إن \"الخطوة تفتح صفحة جديدة من التعاون ضد الإرهاب\".";

        var report = await PostReportAsync(Text);

        var draft = DraftOf(report, "statements");
        var unresolved = Assert.Single(draft["unresolved"]!.AsArray())!;
        Assert.Equal(("أسعد الشيباني", "person"), (unresolved["text"]!.GetValue<string>(), unresolved["type"]!.GetValue<string>()));
        Assert.Null(draft["record"]!["personId"]);
        Assert.Null(draft["record"]!["forceId"]);

        var created = await AcceptAsync(report, draft, "statements");

        Assert.Null(created["personId"]);
        Assert.Equal("الخطوة تفتح صفحة جديدة من التعاون ضد الإرهاب", created["quote"]!.GetValue<string>());
        Assert.Equal("وزير الخارجية أسعد الشيباني", Assert.Single(created["citations"]!.AsArray())!["attributedTo"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_edit_that_fails_the_statements_validation_is_its_400_and_the_draft_stays_pending()
    {
        await NamesAsync();
        var report = await PostReportAsync("أكدت قوات سوريا الديمقراطية (قسد)، في بيان اليوم السبت، أن \"الحرب على الإرهاب لم تنته بعد في شمال شرقي سوريا\".");
        var draft = DraftOf(report, "statements");

        using var refused = await Client.PostJsonAsync($"{Reports}/{report.Id()}/drafts/{draft["n"]}/accept",
            new JsonObject { ["medium"] = "telegram" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("record.medium", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await Client.GetObjectAsync($"{Reports}/{report.Id()}");
        Assert.Equal("pending", DraftOf(stored, "statements")["status"]!.GetValue<string>());
        Assert.Equal(0, await Client.CountAsync("/api/v1/statements"));
    }
}
