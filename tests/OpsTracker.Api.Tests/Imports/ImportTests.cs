using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Imports;

public sealed class ImportTests : ApiTest
{
    private const string CasualtyHeader = "externalId,sourceIds,affiliation,outcome,count.best,count.qualifier,startDate,endDate,country,region,notes";

    private static string CasualtyRow(string externalId, long sourceId, int best = 5, string notes = "ISIS members killed") =>
        $"{externalId},{sourceId},isis,killed,{best},exact,2025-10-01,2025-11-06,SY,Al-Hasakah,{notes}";

    [Fact]
    public async Task Csv_rows_are_inserted_with_the_same_fields_as_a_post()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = $"{CasualtyHeader}\n{CasualtyRow("csv:1", sourceId)}\n{CasualtyRow("csv:2", sourceId, 7, "\"quoted, with comma\"")}\n";

        var report = await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv);

        ImportHttp.AssertReport(report, inserted: 2);
        Assert.False(report["dryRun"]!.GetValue<bool>());
        var records = await Client.AllAsync("casualties");
        Assert.Equal(["csv:1", "csv:2"], records.Select(r => r["externalId"]!.GetValue<string>()));
        Assert.Equal("quoted, with comma", records[1]["notes"]!.GetValue<string>());
        Assert.Equal(7, records[1]["count"]!["best"]!.GetValue<int>());
        Assert.Equal([sourceId], records[1]["sourceIds"]!.AsArray().Select(id => id!.GetValue<long>()));
    }

    [Fact]
    public async Task Json_arrays_and_ndjson_lines_are_imported_as_post_bodies()
    {
        var sourceId = await Client.CreateSourceAsync();
        var first = Payloads.Casualty(sourceId);
        var second = Payloads.Casualty(sourceId);

        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", new JsonArray(first, second).ToJsonString(), ImportHttp.Json), inserted: 2);
        var third = Payloads.Casualty(sourceId);
        var fourth = Payloads.Casualty(sourceId);
        var ndjson = $"{third.ToJsonString()}\n\n{fourth.ToJsonString()}\n";
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", ndjson, ImportHttp.Ndjson), inserted: 2);

        var records = await Client.AllAsync("casualties");
        Assert.Equal(4, records.Count);
        foreach (var (payload, record) in new[] { first, second, third, fourth }.Zip(records))
        {
            RecordAssert.MatchesPayload(payload, record);
        }
    }

    [Fact]
    public async Task A_record_imported_reads_back_exactly_like_the_same_record_posted_for_every_resource()
    {
        foreach (var resource in ResourceCatalogue.All)
        {
            var payload = await resource.NewPayloadAsync(Client);
            var posted = await Client.CreateAsync(resource.Collection, payload);
            var imported = payload.With(("externalId", $"{payload["externalId"]!.GetValue<string>()}:imported"));
            if (payload.ContainsKey("name"))
            {
                imported["name"] = $"{payload["name"]!.GetValue<string>()} (imported)";
            }

            ImportHttp.AssertReport(await Client.ImportOkAsync(resource.Name, new JsonArray(imported).ToJsonString(), ImportHttp.Json), inserted: 1);

            var stored = (await Client.AllAsync(resource.Name)).Last();
            Assert.Equal(Comparable(posted, "externalId", "name"), Comparable(stored, "externalId", "name"));
            Assert.Equal(stored["createdAt"]!.ToJsonString(), stored["updatedAt"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task Upsert_updates_stored_records_and_a_second_run_changes_nothing()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = $"{CasualtyHeader}\n{CasualtyRow("up:1", sourceId)}\n{CasualtyRow("up:2", sourceId)}\n";
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv), inserted: 2);
        var before = await Client.AllAsync("casualties");

        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv, "mode=upsert"), inserted: 0, unchanged: 2);
        var after = await Client.AllAsync("casualties");
        Assert.Equal(before.Select(r => r.ToJsonString()), after.Select(r => r.ToJsonString()));

        var changed = $"{CasualtyHeader}\n{CasualtyRow("up:1", sourceId)}\n{CasualtyRow("up:2", sourceId, 9)}\n{CasualtyRow("up:3", sourceId)}\n"
            + "," + sourceId + ",civilian,wounded,1,,2025-10-02,,SY,,no externalId\n";
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", changed, ImportHttp.Csv, "mode=upsert"), inserted: 2, updated: 1, unchanged: 1);
        var last = await Client.AllAsync("casualties");
        Assert.Equal(4, last.Count);
        Assert.Equal(9, last[1]["count"]!["best"]!.GetValue<int>());
        Assert.Equal(before[0]["updatedAt"]!.ToJsonString(), last[0]["updatedAt"]!.ToJsonString());
        Assert.NotEqual(before[1]["updatedAt"]!.ToJsonString(), last[1]["updatedAt"]!.ToJsonString());
    }

    [Fact]
    public async Task Insert_mode_refuses_a_stored_externalId_and_writes_nothing()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.ImportOkAsync("casualties", $"{CasualtyHeader}\n{CasualtyRow("dup:1", sourceId)}\n", ImportHttp.Csv);

        using var response = await Client.ImportAsync("casualties", $"{CasualtyHeader}\n{CasualtyRow("new:1", sourceId)}\n{CasualtyRow("dup:1", sourceId)}\n", ImportHttp.Csv);

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "line 3: externalId");
        Assert.Contains("mode=upsert", problem.MessagesFor("line 3: externalId")[0], StringComparison.Ordinal);
        Assert.Equal(1, await StoredRecords.CountAsync(Factory, "casualties"));
    }

    [Fact]
    public async Task A_dry_run_checks_everything_answers_the_report_and_writes_nothing()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = $"{CasualtyHeader}\n{CasualtyRow("dry:1", sourceId)}\n{CasualtyRow("dry:2", sourceId)}\n";

        var report = await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv, "dryRun=true");

        ImportHttp.AssertReport(report, inserted: 2);
        Assert.True(report["dryRun"]!.GetValue<bool>());
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));

        using var invalid = await Client.ImportAsync("casualties", $"{CasualtyHeader}\n{CasualtyRow("dry:3", 999)}\n", ImportHttp.Csv, "dryRun=true");
        Assert.Equal(["There is no source with id 999."], (await ProblemAssert.IsValidationProblemAsync(invalid, "line 2: sourceIds[0]")).MessagesFor("line 2: sourceIds[0]"));
    }

    [Fact]
    public async Task One_bad_row_among_ten_thousand_writes_nothing_and_names_the_row()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = new StringBuilder(CasualtyHeader).Append('\n');
        for (var i = 1; i <= 10_000; i++)
        {
            csv.Append(CasualtyRow($"bulk:{i}", sourceId, best: i == 6_543 ? -1 : 3)).Append('\n');
        }

        using var response = await Client.ImportAsync("casualties", csv.ToString(), ImportHttp.Csv);

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "line 6544: count.best");
        Assert.Equal(["best cannot be negative."], problem.MessagesFor("line 6544: count.best"));
        Assert.Equal(1, problem.Body["errorCount"]!.GetValue<int>());
        Assert.Contains("1 of 10000 records", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));
    }

    [Fact]
    public async Task Errors_are_listed_up_to_the_limit_and_counted_in_full()
    {
        var csv = new StringBuilder(CasualtyHeader).Append('\n');
        for (var i = 1; i <= 250; i++)
        {
            csv.Append(CasualtyRow($"bad:{i}", 1, best: -1)).Append('\n');
        }

        using var response = await Client.ImportAsync("casualties", csv.ToString(), ImportHttp.Csv);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(100, problem.Errors.Count);
        Assert.Equal(250, problem.Body["errorCount"]!.GetValue<int>());
        Assert.Equal(100, problem.Body["errorLimit"]!.GetValue<int>());
        Assert.Equal("line 2: count.best", problem.Errors.Keys.First());
    }

    [Fact]
    public async Task References_may_name_records_by_externalId_including_earlier_rows_of_the_same_file()
    {
        await Client.ImportOkAsync("sources", "externalId,title,publisher\nsrc:a,Report A,Publisher\nsrc:b,Report B,Publisher\n", ImportHttp.Csv);
        await Client.ImportOkAsync("forces", "externalId,name,aliases,parentExternalId\nforce:parent,Parent force,قسد;SDF,\nforce:child,Child force,,force:parent\n", ImportHttp.Csv);
        var operations = "externalId,title,sourceExternalIds,forceExternalIds,startDate,country\nop:1,Raid,src:a;src:b,force:child,2025-10-01,SY\n";
        ImportHttp.AssertReport(await Client.ImportOkAsync("operations", operations, ImportHttp.Csv), inserted: 1);
        var ndjson = """{"externalId":"cas:1","sourceExternalIds":["src:b"],"operationExternalId":"op:1","affiliation":"isis","outcome":"killed","count":{"best":2},"startDate":"2025-10-01","country":"SY"}""";
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", ndjson, ImportHttp.Ndjson), inserted: 1);

        var forces = await Client.AllAsync("forces");
        Assert.Equal(forces[0].Id(), forces[1]["parentId"]!.GetValue<long>());
        Assert.Equal(["قسد", "SDF"], forces[0]["aliases"]!.AsArray().Select(alias => alias!.GetValue<string>()));
        var operation = (await Client.AllAsync("operations")).Single();
        var sources = await Client.AllAsync("sources");
        Assert.Equal(sources.Select(s => s.Id()), operation["sourceIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        Assert.Equal([forces[1].Id()], operation["forceIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        var casualty = (await Client.AllAsync("casualties")).Single();
        Assert.Equal(operation.Id(), casualty["operationId"]!.GetValue<long>());
        Assert.Equal([sources[1].Id()], casualty["sourceIds"]!.AsArray().Select(id => id!.GetValue<long>()));

        using var missing = await Client.ImportAsync("casualties",
            """[{"sourceExternalIds":["src:a","src:nope"],"sourceIds":null,"affiliation":"isis","outcome":"killed","count":{"best":1},"startDate":"2025-10-01","country":"SY"},"""
            + """{"sourceExternalIds":["src:a"],"sourceIds":[1],"affiliation":"isis","outcome":"killed","count":{"best":1},"startDate":"2025-10-01","country":"SY"}]""",
            ImportHttp.Json);
        var problem = await ProblemAssert.IsValidationProblemAsync(missing, "item 1: sourceExternalIds[1]", "item 2: sourceExternalIds");
        Assert.Equal(["There is no source with externalId 'src:nope'."], problem.MessagesFor("item 1: sourceExternalIds[1]"));
        Assert.Equal(1, await StoredRecords.CountAsync(Factory, "casualties"));
    }

    [Fact]
    public async Task An_externalId_twice_in_one_file_is_an_error_naming_both_lines()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = $"{CasualtyHeader}\n{CasualtyRow("twice", sourceId)}\n{CasualtyRow("once", sourceId)}\n{CasualtyRow("twice", sourceId)}\n";

        using var response = await Client.ImportAsync("casualties", csv, ImportHttp.Csv, "mode=upsert");

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "line 4: externalId");
        Assert.Contains("line 2", problem.MessagesFor("line 4: externalId")[0], StringComparison.Ordinal);
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));
    }

    [Theory]
    [InlineData("insert")]
    [InlineData("upsert")]
    public async Task An_externalId_repeated_far_apart_in_a_large_file_is_an_error_on_the_later_line(string mode)
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.ImportOkAsync("casualties", $"{CasualtyHeader}\n{CasualtyRow("stored:1", sourceId)}\n", ImportHttp.Csv);
        var csv = new StringBuilder(CasualtyHeader).Append('\n');
        for (var i = 1; i <= 3_000; i++)
        {
            // Line 2,702 repeats the new record of line 4; in upsert mode line 2,902 repeats the stored record of line 2.
            var externalId = i switch { 1 => "stored:1", 2_701 => "far:3", 2_901 => "stored:1", _ => $"far:{i}" };
            csv.Append(CasualtyRow(externalId, sourceId)).Append('\n');
        }

        using var response = await Client.ImportAsync("casualties", csv.ToString(), ImportHttp.Csv, $"mode={mode}");

        var expected = mode == "insert" ? new[] { "line 2: externalId", "line 2702: externalId", "line 2902: externalId" } : ["line 2702: externalId", "line 2902: externalId"];
        var problem = await ProblemAssert.IsValidationProblemAsync(response, expected);
        Assert.Contains("earlier line of this file", problem.MessagesFor("line 2702: externalId")[0], StringComparison.Ordinal);
        Assert.Equal(1, await StoredRecords.CountAsync(Factory, "casualties"));
    }

    [Theory]
    [InlineData(ImportHttp.Csv, "externalId,title,publisher\nq:1,\"Unclosed,Publisher\n", "line 2")]
    [InlineData(ImportHttp.Csv, "externalId,title,publisher\nq:1,Ti\"tle,Publisher\n", "line 2")]
    [InlineData(ImportHttp.Csv, "externalId,title,publisher\nq:1,\"Title\"x,Publisher\n", "line 2")]
    [InlineData(ImportHttp.Csv, "externalId,title,publisher,colour\nq:1,Title,Publisher,red\n", "line 1: colour")]
    [InlineData(ImportHttp.Csv, "externalId,title\nq:1,Title\n", "line 1")]
    [InlineData(ImportHttp.Csv, "", "line 1")]
    [InlineData(ImportHttp.Ndjson, "{\"title\":\"A\",\"publisher\":\"B\"}\n{\"title\": \"A\",\n", "line 2")]
    [InlineData(ImportHttp.Json, "{\"title\":\"A\",\"publisher\":\"B\"}", "line 1")]
    [InlineData(ImportHttp.Json, "[{\"title\":\"A\",\"publisher\":\"B\"},\n{\"title\": ]", "line 2")]
    public async Task A_malformed_file_is_a_400_naming_the_line_and_writes_nothing(string contentType, string body, string key)
    {
        using var response = await Client.ImportAsync("sources", body, contentType);

        var problem = await ProblemAssert.IsValidationProblemAsync(response, key);
        Assert.Contains("nothing was imported", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "sources"));
    }

    [Fact]
    public async Task A_missing_required_column_and_bad_cells_are_named()
    {
        using var missing = await Client.ImportAsync("casualties", "externalId,affiliation\nx,isis\n", ImportHttp.Csv);
        var message = (await ProblemAssert.IsValidationProblemAsync(missing, "line 1")).MessagesFor("line 1")[0];
        Assert.Contains("sourceIds (or sourceExternalIds, or citations)", message, StringComparison.Ordinal);
        Assert.Contains("count", message, StringComparison.Ordinal);

        var sourceId = await Client.CreateSourceAsync();
        var csv = $"{CasualtyHeader}\nbad:1,{sourceId};x,isiss,killed,1.5,,13/11/2025,,SY,,\nbad:2,{sourceId},isis,killed,1\n";
        using var cells = await Client.ImportAsync("casualties", csv, ImportHttp.Csv);
        var problem = await ProblemAssert.IsValidationProblemAsync(cells,
            "line 2: sourceIds[1]", "line 2: affiliation", "line 2: count.best", "line 2: startDate", "line 3");
        Assert.Equal(["'isiss' is not one of the allowed values: isis, civilian, partnerForce, coalition, governmentForce, unknown."],
            problem.MessagesFor("line 2: affiliation"));
        Assert.Equal(["'1.5' is not a whole number in range."], problem.MessagesFor("line 2: count.best"));
    }

    [Fact]
    public async Task Json_records_are_read_as_strictly_as_post_bodies()
    {
        var sourceId = await Client.CreateSourceAsync();
        var body = new JsonArray(
            Payloads.Casualty(sourceId).With(("sourceId", 1)),
            Payloads.Casualty(sourceId).With(("count", new JsonObject { ["best"] = "5" })),
            JsonValue.Create(3),
            Payloads.Casualty(sourceId)).ToJsonString();

        using var response = await Client.ImportAsync("casualties", body, ImportHttp.Json);

        var problem = await ProblemAssert.IsValidationProblemAsync(response, "item 1: sourceId", "item 2: count.best", "item 3");
        Assert.Equal(["This is not a field of this resource."], problem.MessagesFor("item 1: sourceId"));
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));
    }

    [Fact]
    public async Task A_byte_order_mark_is_skipped_in_every_format()
    {
        var bom = Encoding.UTF8.GetPreamble();
        byte[] WithBom(string text) => [.. bom, .. Encoding.UTF8.GetBytes(text)];

        using var csv = await Client.ImportBytesAsync("sources", WithBom("externalId,title,publisher\nbom:1,تقرير,شفق نيوز\n"), ImportHttp.Csv);
        await csv.AssertStatusAsync(HttpStatusCode.OK);
        using var json = await Client.ImportBytesAsync("sources", WithBom("""[{"externalId":"bom:2","title":"T","publisher":"P"}]"""), ImportHttp.Json);
        await json.AssertStatusAsync(HttpStatusCode.OK);
        using var ndjson = await Client.ImportBytesAsync("sources", WithBom("""{"externalId":"bom:3","title":"T","publisher":"P"}"""), ImportHttp.Ndjson);
        await ndjson.AssertStatusAsync(HttpStatusCode.OK);

        var sources = await Client.AllAsync("sources");
        Assert.Equal(["bom:1", "bom:2", "bom:3"], sources.Select(s => s["externalId"]!.GetValue<string>()));
        Assert.Equal("شفق نيوز", sources[0]["publisher"]!.GetValue<string>());

        using var notUtf8 = await Client.ImportBytesAsync("sources", [.. Encoding.UTF8.GetBytes("externalId,title,publisher\nx,"), 0xC3, 0x28, (byte)'\n'], ImportHttp.Csv);
        var problem = await ProblemAssert.IsProblemAsync(notUtf8, HttpStatusCode.BadRequest);
        Assert.Contains("not valid UTF-8", problem.Errors.Values.Single()[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv", false, 2)]
    [InlineData("csv", true, 2)]
    [InlineData("csv", false, 3_001)]
    [InlineData("csv", true, 7_777)]
    [InlineData("ndjson", false, 1)]
    [InlineData("ndjson", true, 4_000)]
    public async Task Bytes_that_are_not_utf8_are_named_by_their_own_line_however_far_into_the_file(string format, bool bom, int badLine)
    {
        // Lines of about 60 bytes: the bad one is past several 64 KB blocks of the reader for the larger numbers.
        var body = new List<byte>(bom ? Encoding.UTF8.GetPreamble() : []);
        var firstRecordLine = format == "csv" ? 2 : 1;
        if (format == "csv")
        {
            body.AddRange(Encoding.UTF8.GetBytes("externalId,title,publisher\n"));
        }

        for (var line = firstRecordLine; line <= badLine + 10; line++)
        {
            var record = format == "csv"
                ? $"utf8:{line},تقرير {line},Publisher\n"
                : $$"""{"externalId":"utf8:{{line}}","title":"تقرير {{line}}","publisher":"P"}""" + "\n";
            var bytes = Encoding.UTF8.GetBytes(record);
            if (line == badLine)
            {
                // A lone continuation byte in the middle of the line's text.
                bytes = [.. bytes[..12], 0x80, .. bytes[12..]];
            }

            body.AddRange(bytes);
        }

        using var response = await Client.ImportBytesAsync("sources", [.. body], format == "csv" ? ImportHttp.Csv : ImportHttp.Ndjson);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.Errors);
        Assert.Equal($"line {badLine}", error.Key);
        Assert.Contains("not valid UTF-8", error.Value[0], StringComparison.Ordinal);
        Assert.Equal(0, await Client.CountAsync(Paths.Sources));
    }

    [Fact]
    public async Task Arabic_text_round_trips_through_import_and_csv_export_unchanged()
    {
        var csv = "externalId,name,aliases,country,region,notes\r\n"
            + "ar:1,مخيم الهول,\"الهول;al-Hol;قسد, الدولة\",SY,الحسكة,\"ملاحظة: أبو عبد الرحمن \"\"القائد\"\"\nسطر ثانٍ\"\r\n"
            + "ar:2,مخيم روج,روج;روج\\;2,SY,,نَصّ بالتشكيل ـــ\r\n";

        ImportHttp.AssertReport(await Client.ImportOkAsync("camps", csv, ImportHttp.Csv), inserted: 2);
        var export = await Client.ExportCsvAsync("camps");

        var camps = await Client.AllAsync("camps");
        Assert.Equal(["الهول", "al-Hol", "قسد, الدولة"], camps[0]["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(["روج", "روج;2"], camps[1]["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal("ملاحظة: أبو عبد الرحمن \"القائد\"\nسطر ثانٍ", camps[0]["notes"]!.GetValue<string>());

        // Loading the export back (it has the server's columns too) changes nothing, and exports the same bytes.
        ImportHttp.AssertReport(await Client.ImportOkAsync("camps", export, ImportHttp.Csv, "mode=upsert"), inserted: 0, unchanged: 2);
        Assert.Equal(export, await Client.ExportCsvAsync("camps"));
        foreach (var line in csv.Split("\r\n").Skip(1).Where(line => line.Length > 0 && !line.StartsWith("سطر", StringComparison.Ordinal)))
        {
            var cells = line.Split(',');
            Assert.Contains(cells[1], export, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Bad_query_values_and_content_types_are_refused()
    {
        using var mode = await Client.ImportAsync("sources", "[]", ImportHttp.Json, "mode=replace&dryrun=true");
        await ProblemAssert.IsValidationProblemAsync(mode, "mode", "dryrun");
        using var dryRun = await Client.ImportAsync("sources", "[]", ImportHttp.Json, "dryRun=maybe");
        await ProblemAssert.IsValidationProblemAsync(dryRun, "dryRun");
        using var xml = await Client.ImportAsync("sources", "<sources/>", "application/xml");
        await ProblemAssert.IsProblemAsync(xml, HttpStatusCode.UnsupportedMediaType);
        using var unknown = await Client.ImportAsync("soldiers", "[]", ImportHttp.Json);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        ImportHttp.AssertReport(await Client.ImportOkAsync("sources", "[]", ImportHttp.Json), inserted: 0);
    }

    private static string Comparable(JsonObject record, params string[] ignored)
    {
        var copy = (JsonObject)record.DeepClone();
        foreach (var field in ignored.Concat(["id", "createdAt", "updatedAt"]))
        {
            copy.Remove(field);
        }

        return copy.ToJsonString();
    }
}
