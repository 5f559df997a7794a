using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Imports;

/// <summary>
/// Citations through imports and CSV exports: the <c>citations</c> column holds the JSON array of citations (the
/// <c>sourceIds</c> column stays), and quotes with commas, double quotes, line breaks and Arabic text come back as sent.
/// </summary>
public sealed class CitationImportTests : ApiTest
{
    private const string Quote = "وقالت القيادة، في بيان: \"انخفض من 70 ألف شخص\nإلى نحو 30 ألفاً فقط حالياً\"; 30,000";

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_csv_export_with_citations_loads_back_unchanged_and_exports_the_same_bytes(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var sourceId = payload["sourceIds"]!.AsArray()[0]!.GetValue<long>();
        var forceId = await Client.CreateForceAsync();
        var citations = new JsonArray(new JsonObject
        {
            ["sourceId"] = sourceId,
            ["quote"] = Quote,
            ["locator"] = "¶6, \"CENTCOM\"",
            ["credibility"] = 2,
            ["attributedTo"] = new JsonObject { ["forceId"] = forceId, ["text"] = "مسؤول أمريكي، طلب عدم الكشف عن هويته" },
            ["count"] = Payloads.Count(30000, "approximately"),
        });
        var created = await Client.CreateAsync(resource.Collection, payload.Without("sourceIds").With(("citations", citations)));

        var export = await Client.ExportCsvAsync(name);
        var table = CsvTable.Parse(export);
        Assert.Equal(sourceId.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Cell(0, "sourceIds"));
        var cell = JsonNode.Parse(table.Cell(0, "citations"))!;
        Assert.True(JsonNode.DeepEquals(created["citations"], cell), $"The citations cell is the JSON of the citations: {table.Cell(0, "citations")}");
        Assert.Contains("مسؤول أمريكي", table.Cell(0, "citations"), StringComparison.Ordinal);

        ImportHttp.AssertReport(await Client.ImportOkAsync(name, export, ImportHttp.Csv, "mode=upsert"), inserted: 0, unchanged: 1);
        Assert.Equal(export, await Client.ExportCsvAsync(name));
    }

    [Fact]
    public async Task A_csv_with_a_citations_column_and_no_sourceIds_column_is_imported_with_its_claims()
    {
        var statement = await Client.CreateSourceAsync();
        var relay = await Client.CreateSourceAsync();
        var cell = new JsonArray(
            new JsonObject { ["sourceId"] = relay, ["quote"] = Quote, ["credibility"] = 3 },
            new JsonObject { ["sourceId"] = statement }).ToJsonString();
        var csv = "externalId,citations,affiliation,outcome,count.best,startDate,country\r\n"
            + $"c:1,\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\",isis,killed,5,2025-10-01,SY\r\n";

        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv), inserted: 1);

        var stored = (await Client.AllAsync("casualties")).Single();
        var ascending = statement < relay ? new[] { statement, relay } : [relay, statement];
        Assert.Equal(Payloads.Ids(ascending).Text(), stored["sourceIds"].Text());
        var quoted = stored["citations"]!.AsArray().Single(citation => citation!["sourceId"]!.GetValue<long>() == relay)!;
        Assert.Equal(Quote, quoted["quote"]!.GetValue<string>());
        Assert.Equal(3, quoted["credibility"]!.GetValue<int>());
    }

    [Fact]
    public async Task Bad_citations_in_a_csv_or_json_import_are_named_by_line_and_field_and_nothing_is_written()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = "externalId,citations,affiliation,outcome,count.best,startDate,country\n"
            + "c:1,not json,isis,killed,5,2025-10-01,SY\n"
            + $"c:2,\"[{{\"\"sourceId\"\":{sourceId},\"\"credibility\"\":9}}]\",isis,killed,5,2025-10-01,SY\n"
            + "c:3,\"[{\"\"sourceId\"\":999999}]\",isis,killed,5,2025-10-01,SY\n";

        using var response = await Client.ImportAsync("casualties", csv, ImportHttp.Csv);

        var problem = await ProblemAssert.IsValidationProblemAsync(response,
            "line 2: citations", "line 3: citations[0].credibility", "line 4: citations[0].sourceId");
        Assert.Equal(["There is no source with id 999999."], problem.MessagesFor("line 4: citations[0].sourceId"));

        var json = new JsonArray(Payloads.Casualty(sourceId).Without("sourceIds").With(
            ("citations", new JsonArray(new JsonObject { ["sourceId"] = sourceId }, new JsonObject { ["sourceId"] = sourceId })))).ToJsonString();
        using var duplicate = await Client.ImportAsync("casualties", json, ImportHttp.Json);
        await ProblemAssert.IsValidationProblemAsync(duplicate, "item 1: citations[1].sourceId");
        Assert.Equal(0, await StoredRecords.CountAsync(Factory, "casualties"));
    }
}
