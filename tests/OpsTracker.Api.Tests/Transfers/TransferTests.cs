using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.Transfers;

/// <summary>
/// A transfer's own rules: kind, count and startDate are required; the from side names at least one of its camps,
/// facility, custodian or country (a transfer from nowhere is a 400 on <c>from</c>); countries are assigned codes; the
/// camps, forces and sources must exist; the filters of its list; q through its camps' and forces' names; imports in
/// the three formats; and a transfer draft of a report accepted as a transfer.
/// </summary>
public sealed class TransferTests : ApiTest
{
    private const string Collection = TransferSamples.Collection;

    [Fact]
    public async Task A_transfer_reads_back_as_given_with_its_text_kept_exactly()
    {
        var sourceId = await Client.CreateSourceAsync();
        var camp = await Client.CreateCampAsync();
        var sdf = await Client.CreateForceAsync();
        var iraq = await Client.CreateForceAsync();
        var body = TransferSamples.Payload(sourceId, camp).With(
            ("kind", "detaineeTransfer"), ("unit", "individuals"), ("fromFacility", "سجن غويران في الحسكة"),
            ("fromForceId", sdf), ("toForceId", iraq), ("count", Payloads.Count(200, "range", 200, 999)));

        var created = await Client.CreateAsync(Collection, body);
        var read = await Client.GetObjectAsync(Paths.Of(Collection, created.Id()));

        Assert.Equal(("detaineeTransfer", "individuals"), (read["kind"]!.GetValue<string>(), read["unit"]!.GetValue<string>()));
        Assert.Equal([camp], read["fromCampIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        Assert.Equal("سجن غويران في الحسكة", read["fromFacility"]!.GetValue<string>());
        Assert.Equal((sdf, iraq), (read["fromForceId"]!.GetValue<long>(), read["toForceId"]!.GetValue<long>()));
        Assert.Equal(("SY", "IQ"), (read["fromCountry"]!.GetValue<string>(), read["toCountry"]!.GetValue<string>()));
        Assert.Equal("""{"best":200,"low":200,"high":999,"qualifier":"range"}""", read["count"]!.ToJsonString());
        Assert.Equal(("2025-04-22", "day"), (read["startDate"]!.GetValue<string>(), read["datePrecision"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_unit_is_individuals_unless_given()
    {
        var created = await Client.CreateAsync(Collection, TransferSamples.Payload(await Client.CreateSourceAsync()).Without("unit"));

        Assert.Equal("individuals", created["unit"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_transfer_from_nowhere_is_refused_on_from_and_nothing_is_written()
    {
        var payload = TransferSamples.Payload(await Client.CreateSourceAsync())
            .With(("fromCountry", null), ("fromFacility", "   "), ("fromCampIds", new JsonArray()));

        var problem = await AssertRefusedAsync(payload, "from");

        Assert.Equal(["A transfer comes from somewhere: give fromCampIds, fromFacility, fromForceId or fromCountry."], problem.MessagesFor("from"));
        Assert.Equal(0, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task Each_side_alone_is_somewhere_to_come_from()
    {
        var sourceId = await Client.CreateSourceAsync();
        var bare = TransferSamples.Payload(sourceId).With(("fromCountry", null));

        await Client.CreateAsync(Collection, bare.With(("fromCampIds", Payloads.Ids(await Client.CreateCampAsync()))));
        await Client.CreateAsync(Collection, bare.With(("externalId", Payloads.Unique("t")), ("fromFacility", "a prison in al-Hasakah")));
        await Client.CreateAsync(Collection, bare.With(("externalId", Payloads.Unique("t")), ("fromForceId", await Client.CreateForceAsync())));
        await Client.CreateAsync(Collection, bare.With(("externalId", Payloads.Unique("t")), ("fromCountry", "SY")));

        Assert.Equal(4, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task Kind_count_and_start_date_are_required_and_enums_and_countries_are_checked()
    {
        var payload = TransferSamples.Payload(await Client.CreateSourceAsync());

        var missing = await AssertRefusedAsync(payload.Without("kind", "count", "startDate"), "kind", "count", "startDate");
        await AssertRefusedAsync(payload.With(("kind", "deportation")), "kind");
        await AssertRefusedAsync(payload.With(("unit", "households")), "unit");
        await AssertRefusedAsync(payload.With(("toCountry", "IRQ"), ("fromCountry", "sy")), "toCountry", "fromCountry");
        await AssertRefusedAsync(payload.With(("endDate", "2025-04-01")), "endDate");
        await AssertRefusedAsync(payload.With(("fromCampIds", Payloads.Ids(1, 1))), "fromCampIds");

        Assert.Equal(["kind is required: repatriation, detaineeTransfer, release or escape."], missing.MessagesFor("kind"));
        Assert.Equal(0, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task Missing_or_deleted_camps_forces_and_sources_are_refused_by_field()
    {
        var deletedForce = await Client.CreateForceAsync();
        using (var delete = await Client.DeleteAsync(Paths.Of(Paths.Forces, deletedForce)))
        {
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        var payload = TransferSamples.Payload(await Client.CreateSourceAsync(), await Client.CreateCampAsync(), 888888)
            .With(("fromForceId", deletedForce), ("toForceId", 777777));

        var problem = await AssertRefusedAsync(payload, "fromCampIds[1]", "fromForceId", "toForceId");

        Assert.Equal(["There is no camp with id 888888."], problem.MessagesFor("fromCampIds[1]"));
        Assert.Equal(0, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task The_list_filters_by_kind_unit_camp_countries_force_and_dates()
    {
        var sourceId = await Client.CreateSourceAsync();
        var alHol = await Client.CreateCampAsync();
        var roj = await Client.CreateCampAsync();
        var sdf = await Client.CreateForceAsync();
        var families = await Client.CreateIdAsync(Collection, TransferSamples.Payload(sourceId, alHol));
        var detainees = await Client.CreateIdAsync(Collection, TransferSamples.Payload(sourceId).With(
            ("externalId", Payloads.Unique("t")), ("kind", "detaineeTransfer"), ("unit", "individuals"), ("fromForceId", sdf),
            ("fromCountry", null), ("startDate", "2025-03-01"), ("endDate", "2025-03-23")));
        var escape = await Client.CreateIdAsync(Collection, TransferSamples.Payload(sourceId, roj).With(
            ("externalId", Payloads.Unique("t")), ("kind", "escape"), ("unit", "individuals"), ("toCountry", null), ("startDate", "2025-10-12")));

        Assert.Equal([families], await Client.ListIdsAsync(Collection, "kind=repatriation"));
        Assert.Equal([detainees, escape], await Client.ListIdsAsync(Collection, "unit=individuals&sort=id"));
        Assert.Equal([families, escape], await Client.ListIdsAsync(Collection, $"campId={alHol},{roj}&sort=id"));
        Assert.Equal([families, detainees], await Client.ListIdsAsync(Collection, "toCountry=IQ&sort=id"));
        Assert.Equal([families, escape], await Client.ListIdsAsync(Collection, "fromCountry=SY&sort=id"));
        Assert.Equal([families, escape], await Client.ListIdsAsync(Collection, "country=SY&sort=id"));
        Assert.Equal([detainees], await Client.ListIdsAsync(Collection, $"forceId={sdf}"));
        Assert.Equal([detainees], await Client.ListIdsAsync(Collection, "from=2025-03-20&to=2025-03-31"));
        Assert.Equal([escape, families, detainees], await Client.ListIdsAsync(Collection, "sort=-startDate"));
        await Client.AssertRefusedAsync($"{Collection}?kind=deportation&toCountry=XX", "kind", "toCountry");
    }

    [Fact]
    public async Task Q_finds_transfers_through_their_camps_and_forces_names_and_aliases()
    {
        var sourceId = await Client.CreateSourceAsync();
        var alHol = await Client.CreateCampAsync("al-Hol camp", "مخيم الهول", "الهول");
        var sdf = await Client.CreateForceAsync("Syrian Democratic Forces", "قوات سوريا الديمقراطية", "قسد");
        var iraq = await Client.CreateForceAsync("Iraqi Ministry of Justice", "وزارة العدل العراقية");
        var fromCamp = await Client.CreateIdAsync(Collection, TransferSamples.Payload(sourceId, alHol));
        var handedOver = await Client.CreateIdAsync(Collection, TransferSamples.Payload(sourceId).With(
            ("externalId", Payloads.Unique("t")), ("fromForceId", sdf), ("toForceId", iraq), ("fromFacility", "سجن الصناعة")));

        Assert.Equal([fromCamp], await Client.ListIdsAsync(Collection, ListHttp.Search("الهول")));
        Assert.Equal([handedOver], await Client.ListIdsAsync(Collection, ListHttp.Search("قسد")));
        Assert.Equal([handedOver], await Client.ListIdsAsync(Collection, ListHttp.Search("وزارة العدل")));
        Assert.Equal([handedOver], await Client.ListIdsAsync(Collection, ListHttp.Search("الصناعة")));
    }

    [Fact]
    public async Task A_camp_or_force_that_transfers_refer_to_cannot_be_deleted()
    {
        var camp = await Client.CreateCampAsync();
        var force = await Client.CreateForceAsync();
        await Client.CreateIdAsync(Collection, TransferSamples.Payload(await Client.CreateSourceAsync(), camp).With(("toForceId", force)));

        using var campDelete = await Client.DeleteAsync(Paths.Of(Paths.Camps, camp));
        await ProblemAssert.IsDeleteRefusedAsync(campDelete, "1 transfers");
        using var forceDelete = await Client.DeleteAsync(Paths.Of(Paths.Forces, force));
        await ProblemAssert.IsDeleteRefusedAsync(forceDelete, "1 transfers");
    }

    [Fact]
    public async Task Imports_read_transfers_in_csv_json_and_ndjson_and_a_csv_needs_one_from_column()
    {
        var sourceId = await Client.CreateSourceAsync();
        var camp = await Client.CreateCampAsync();
        var csv = $"""
            externalId,kind,unit,startDate,fromFacility,toCountry,sourceIds,count.best,count.qualifier
            csv:1,escape,individuals,2025-03-03,سجن في الحسكة,,{sourceId},20,atLeast
            """;
        var json = $$"""[{"externalId": "json:1", "kind": "release", "unit": "families", "startDate": "2025-04-15", "fromCampIds": [{{camp}}], "sourceIds": [{{sourceId}}], "count": {"best": 45} }]""";
        var ndjson = $$"""{"externalId": "ndjson:1", "kind": "repatriation", "startDate": "2025-07-29", "fromCountry": "SY", "toCountry": "IQ", "sourceIds": [{{sourceId}}], "count": {"best": 617} }""";

        ImportHttp.AssertReport(await Client.ImportOkAsync("transfers", csv, ImportHttp.Csv), inserted: 1);
        ImportHttp.AssertReport(await Client.ImportOkAsync("transfers", json, ImportHttp.Json), inserted: 1);
        ImportHttp.AssertReport(await Client.ImportOkAsync("transfers", ndjson + "\n", ImportHttp.Ndjson), inserted: 1);

        var all = await Client.AllAsync("transfers");
        Assert.Equal("سجن في الحسكة", all[0]["fromFacility"]!.GetValue<string>());
        Assert.Equal([camp], all[1]["fromCampIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        Assert.Equal("IQ", all[2]["toCountry"]!.GetValue<string>());

        // The export loads back as it is; a header without any from column is refused at line 1.
        ImportHttp.AssertReport(await Client.ImportOkAsync("transfers", await Client.ExportCsvAsync("transfers"), ImportHttp.Csv, "mode=upsert"), 0, unchanged: 3);
        using var noFrom = await Client.ImportAsync("transfers", $"kind,startDate,sourceIds,count.best\nescape,2025-03-03,{sourceId},20\n", ImportHttp.Csv);
        Assert.Equal(HttpStatusCode.BadRequest, noFrom.StatusCode);
        Assert.Contains("from", await noFrom.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task A_transfer_draft_of_a_report_is_accepted_as_a_transfer_citing_its_passage()
    {
        var camp = Payloads.Camp().With(("name", "al-Hol camp"), ("aliases", Payloads.Strings("مخيم الهول", "الهول")), ("country", "SY"));
        var alHol = await Client.CreateIdAsync(Paths.Camps, camp);
        const string Text = """
            وصول دفعة جديدة من العائلات العراقية العائدة من مخيم الهول إلى مخيم الجدعة

            نينوى - وصلت، اليوم الثلاثاء، دفعة جديدة تضم 180 عائلة عراقية (نحو 650 شخصاً) قادمة من مخيم الهول في سوريا إلى مخيم الجدعة جنوب الموصل، وذلك ضمن برنامج الحكومة لإعادة المواطنين العالقين.
            """;
        var source = new JsonObject { ["title"] = "دفعة جديدة من العائلات العراقية", ["publisher"] = "Shafaq News", ["language"] = "ar", ["publishedOn"] = "2025-04-22" };
        using var posted = await Client.PostJsonAsync("/api/v1/reports", new JsonObject { ["source"] = source, ["text"] = Text });
        await posted.AssertStatusAsync(HttpStatusCode.Created);
        var report = await posted.ReadObjectAsync();
        var draft = report["drafts"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == "transfers")!;

        using var accept = await Client.PostAsync($"/api/v1/reports/{report.Id()}/drafts/{draft["n"]}/accept", null);

        await accept.AssertStatusAsync(HttpStatusCode.Created);
        var transfer = await accept.ReadObjectAsync();
        Assert.Equal(("repatriation", "families", 180), (transfer["kind"]!.GetValue<string>(), transfer["unit"]!.GetValue<string>(), transfer["count"]!["best"]!.GetValue<int>()));
        Assert.Equal([alHol], transfer["fromCampIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        Assert.Equal("2025-04-22", transfer["startDate"]!.GetValue<string>());
        var citation = Assert.Single(transfer["citations"]!.AsArray())!;
        Assert.Equal(report["sourceId"]!.GetValue<long>(), citation["sourceId"]!.GetValue<long>());
        Assert.Contains("180 عائلة عراقية", citation["quote"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([transfer.Id()], await Client.ListIdsAsync(Collection));
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Collection, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
