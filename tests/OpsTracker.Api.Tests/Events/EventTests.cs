using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.Events;

/// <summary>
/// An event's own rules: title and type are required, the period and place follow the shared rules, the forces, camp
/// and sources must exist and be live; count is optional (left out, "at least 0", found with hasCount=false and never
/// in a conflict); the filters of its list; q through its parties' and camp's names and aliases; imports in the three
/// formats; and claims that disagree about one development shown side by side in /stats/conflicts.
/// </summary>
public sealed class EventTests : ApiTest
{
    private const string Collection = EventSamples.Collection;
    private const string Conflicts = "/api/v1/stats/conflicts";

    [Fact]
    public async Task An_event_reads_back_as_given_with_its_arabic_text_kept_exactly()
    {
        var sourceId = await Client.CreateSourceAsync();
        var syria = await Client.CreateForceAsync();
        var coalition = await Client.CreateForceAsync();
        var citation = new JsonObject
        {
            ["sourceId"] = sourceId,
            ["quote"] = "سوريا وقّعت إعلان تعاون سياسي مع التحالف الدولي",
            ["attributedTo"] = new JsonObject { ["forceId"] = syria, ["text"] = "وزير الإعلام السوري حمزة المصطفى، عبر منصة \"إكس\"" },
        };
        var body = EventSamples.Payload(sourceId, syria, coalition).With(
            ("type", "agreement"), ("title", "سوريا توقّع إعلان تعاون سياسي مع التحالف الدولي"), ("sourceIds", null),
            ("citations", new JsonArray(citation)), ("count", Payloads.Count(1)), ("endDate", "2025-11-11"));

        var created = await Client.CreateAsync(Collection, body);
        var read = await Client.GetObjectAsync(Paths.Of(Collection, created.Id()));

        Assert.Equal(("agreement", "سوريا توقّع إعلان تعاون سياسي مع التحالف الدولي"), (read["type"]!.GetValue<string>(), read["title"]!.GetValue<string>()));
        Assert.Equal([syria, coalition], read["forceIds"]!.AsArray().Select(id => id!.GetValue<long>()).Order());
        Assert.Equal(("2025-11-10", "2025-11-11", "day"), (read["startDate"]!.GetValue<string>(), read["endDate"]!.GetValue<string>(), read["datePrecision"]!.GetValue<string>()));
        Assert.Equal(("US", "District of Columbia", "Washington"), (read["country"]!.GetValue<string>(), read["region"]!.GetValue<string>(), read["locality"]!.GetValue<string>()));
        Assert.Equal("""{"best":1,"low":null,"high":null,"qualifier":"exact"}""", read["count"]!.ToJsonString());
        var stored = Assert.Single(read["citations"]!.AsArray())!;
        Assert.Equal(citation["quote"]!.GetValue<string>(), stored["quote"]!.GetValue<string>());
        Assert.Equal(citation["attributedTo"]!.ToJsonString(), stored["attributedTo"]!.ToJsonString());
        Assert.Equal("singleSource", read["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Count_is_optional_an_event_without_a_figure_is_at_least_none_and_found_by_has_count()
    {
        var sourceId = await Client.CreateSourceAsync();
        var withFigure = await Client.CreateIdAsync(Collection, EventSamples.Payload(sourceId));
        var without = await Client.CreateAsync(Collection, EventSamples.Payload(sourceId).With(("externalId", Payloads.Unique("e"))).Without("count"));
        var nullCount = await Client.CreateAsync(Collection, EventSamples.Payload(sourceId).With(("externalId", Payloads.Unique("e")), ("count", null)));
        var atLeastTen = await Client.CreateIdAsync(Collection, EventSamples.Payload(sourceId).With(("externalId", Payloads.Unique("e")), ("count", Payloads.Count(10, "atLeast"))));

        const string NoFigure = """{"best":0,"low":null,"high":null,"qualifier":"atLeast"}""";
        Assert.Equal(NoFigure, without["count"]!.ToJsonString());
        Assert.Equal(NoFigure, nullCount["count"]!.ToJsonString());
        Assert.Equal([without.Id(), nullCount.Id()], await Client.ListIdsAsync(Collection, "hasCount=false&sort=id"));
        Assert.Equal([withFigure, atLeastTen], await Client.ListIdsAsync(Collection, "hasCount=true&sort=id"));
        Assert.Equal(4, (await Client.ListIdsAsync(Collection)).Count);
        await Client.AssertRefusedAsync($"{Collection}?hasCount=perhaps", "hasCount");

        // "At least 0" meets every count: the events without a figure conflict with none of the others.
        var pairs = (await Client.GetObjectAsync($"{Conflicts}?kind=events"))["items"]!.AsArray();
        Assert.Empty(pairs);
    }

    [Fact]
    public async Task Title_and_type_are_required_and_enums_periods_and_places_are_checked_with_nothing_written()
    {
        var payload = EventSamples.Payload(await Client.CreateSourceAsync());

        var missing = await AssertRefusedAsync(payload.Without("title", "type", "startDate", "country"), "title", "type", "startDate", "country");
        await AssertRefusedAsync(payload.With(("type", "ceasefire")), "type");
        await AssertRefusedAsync(payload.With(("datePrecision", "fortnight")), "datePrecision");
        await AssertRefusedAsync(payload.With(("startDate", "2025-11-12"), ("endDate", "2025-11-10")), "endDate");
        await AssertRefusedAsync(payload.With(("country", "USA")), "country");
        await AssertRefusedAsync(payload.With(("forceIds", Payloads.Ids(1, 1))), "forceIds");
        await AssertRefusedAsync(payload.With(("count", Payloads.Count(90, "range"))), "count.low", "count.high");
        await AssertRefusedAsync(payload.With(("latitude", 91.0), ("longitude", 0.0)), "latitude");

        Assert.Equal(["type is required: coalitionMembership, agreement, campClosure, handover, leadershipChange or other."], missing.MessagesFor("type"));
        Assert.Equal(0, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task Missing_or_deleted_forces_camps_and_sources_are_refused_by_field_with_nothing_written()
    {
        var deletedForce = await Client.CreateForceAsync();
        var deletedCamp = await Client.CreateCampAsync();
        var deletedSource = await Client.CreateSourceAsync();
        foreach (var path in new[] { Paths.Of(Paths.Forces, deletedForce), Paths.Of(Paths.Camps, deletedCamp), Paths.Of(Paths.Sources, deletedSource) })
        {
            using var delete = await Client.DeleteAsync(path);
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        var payload = EventSamples.Payload(deletedSource, await Client.CreateForceAsync(), deletedForce).With(("campId", deletedCamp));
        var problem = await AssertRefusedAsync(payload, "forceIds[1]", "campId", "sourceIds[0]");
        var missing = await AssertRefusedAsync(
            EventSamples.Payload(await Client.CreateSourceAsync(), 999999).With(("campId", 888888)), "forceIds[0]", "campId");

        Assert.Equal([$"There is no force with id {deletedForce}."], problem.MessagesFor("forceIds[1]"));
        Assert.Equal(["There is no camp with id 888888."], missing.MessagesFor("campId"));
        Assert.Equal(0, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task The_list_filters_by_type_party_camp_place_and_dates_and_sorts()
    {
        var sourceId = await Client.CreateSourceAsync();
        var syria = await Client.CreateForceAsync();
        var sdf = await Client.CreateForceAsync();
        var alHol = await Client.CreateCampAsync();
        var membership = await Client.CreateIdAsync(Collection, EventSamples.Payload(sourceId, syria));
        var closure = await Client.CreateIdAsync(Collection, EventSamples.Payload(sourceId, sdf).With(
            ("externalId", Payloads.Unique("e")), ("type", "campClosure"), ("campId", alHol), ("country", "SY"), ("region", "Al-Hasakah"),
            ("locality", null), ("startDate", "2025-06-01"), ("endDate", "2025-06-30"), ("datePrecision", "month"), ("count", null)));
        var handover = await Client.CreateIdAsync(Collection, EventSamples.Payload(sourceId, sdf, syria).With(
            ("externalId", Payloads.Unique("e")), ("type", "handover"), ("country", "SY"), ("region", "Deir ez-Zor"), ("locality", null),
            ("startDate", "2025-12-01"), ("count", Payloads.Count(3))));

        Assert.Equal([membership], await Client.ListIdsAsync(Collection, "type=coalitionMembership"));
        Assert.Equal([closure, handover], await Client.ListIdsAsync(Collection, "type=campClosure,handover&sort=id"));
        Assert.Equal([membership, handover], await Client.ListIdsAsync(Collection, $"forceId={syria}&sort=id"));
        Assert.Equal([closure], await Client.ListIdsAsync(Collection, $"campId={alHol}"));
        Assert.Equal([closure, handover], await Client.ListIdsAsync(Collection, "country=SY&sort=id"));
        Assert.Equal([handover], await Client.ListIdsAsync(Collection, "region=Deir ez-Zor"));
        Assert.Equal([closure], await Client.ListIdsAsync(Collection, "from=2025-06-15&to=2025-06-20"));
        Assert.Equal([handover, membership, closure], await Client.ListIdsAsync(Collection, "sort=-startDate"));
        Assert.Equal([closure, handover, membership], await Client.ListIdsAsync(Collection, "sort=count.best"));
        await Client.AssertRefusedAsync($"{Collection}?type=ceasefire&country=XX", "type", "country");
    }

    [Fact]
    public async Task Q_finds_events_through_their_parties_and_camp_names_and_aliases_in_both_scripts()
    {
        var sourceId = await Client.CreateSourceAsync();
        var alHol = await Client.CreateCampAsync("al-Hol camp", "مخيم الهول", "الهول");
        var coalition = await Client.CreateForceAsync("Global Coalition to Defeat ISIS", "التحالف الدولي");
        var syria = await Client.CreateForceAsync("Government of Syria", "الحكومة السورية");
        var membership = await Client.CreateIdAsync(Collection, EventSamples.Payload(sourceId, syria, coalition));
        var closure = await Client.CreateIdAsync(Collection, EventSamples.Payload(sourceId).With(
            ("externalId", Payloads.Unique("e")), ("type", "campClosure"), ("title", "إغلاق مخيم"), ("campId", alHol),
            ("country", "SY"), ("region", "Al-Hasakah"), ("locality", null)));

        Assert.Equal([membership], await Client.ListIdsAsync(Collection, ListHttp.Search("التحالف الدولي")));
        Assert.Equal([membership], await Client.ListIdsAsync(Collection, ListHttp.Search("government of syria")));
        Assert.Equal([membership], await Client.ListIdsAsync(Collection, ListHttp.Search("الحكومه السوريه")));
        Assert.Equal([closure], await Client.ListIdsAsync(Collection, ListHttp.Search("الهول")));
        Assert.Equal([closure], await Client.ListIdsAsync(Collection, ListHttp.Search("مخيم")));
        Assert.Equal([membership], await Client.ListIdsAsync(Collection, ListHttp.Search("90th member")));
    }

    [Fact]
    public async Task Claims_that_disagree_about_one_agreement_are_side_by_side_in_conflicts_with_their_quotes()
    {
        var sputnik = await Client.CreateSourceAsync();
        var shafaq = await Client.CreateSourceAsync();
        var syria = await Client.CreateForceAsync();
        var coalition = await Client.CreateForceAsync();
        async Task<long> Claim(long sourceId, string quote, string by, int signed, string claimedOn) =>
            await Client.CreateIdAsync(Collection, EventSamples.Payload(sourceId, syria, coalition).With(
                ("externalId", Payloads.Unique("claim")), ("type", "agreement"), ("endDate", claimedOn), ("sourceIds", null),
                ("citations", new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = quote, ["attributedTo"] = new JsonObject { ["text"] = by } })),
                ("count", Payloads.Count(signed))));

        var notSigned = await Claim(sputnik, "لم يتم توقيع اتفاق حتى الآن", "وزير الإعلام السوري حمزة المصطفى", 0, "2025-11-12");
        var signed = await Claim(shafaq, "سوريا وقعت رسمياً اتفاقية الانضمام إلى التحالف الدولي", "مندوب سوريا الدائم لدى الأمم المتحدة، إبراهيم علبي", 1, "2025-11-13");
        var declaration = await Claim(shafaq, "سوريا وقّعت إعلان تعاون سياسي مع التحالف الدولي", "وزير الإعلام السوري حمزة المصطفى", 1, "2025-11-11");

        var answer = await Client.GetObjectAsync($"{Conflicts}?kind=events");
        var pairs = answer["items"]!.AsArray();

        // Each "signed" claim against "not signed yet"; the two "signed" claims agree.
        Assert.Equal(
            [(notSigned, signed), (notSigned, declaration)],
            pairs.Select(pair => (pair!["first"]!["id"]!.GetValue<long>(), pair["second"]!["id"]!.GetValue<long>())));
        Assert.Equal("لم يتم توقيع اتفاق حتى الآن", pairs[0]!["first"]!["citations"]![0]!["quote"]!.GetValue<string>());
        Assert.Equal("مندوب سوريا الدائم لدى الأمم المتحدة، إبراهيم علبي", pairs[0]!["second"]!["citations"]![0]!["attributedTo"]!["text"]!.GetValue<string>());
        Assert.Equal([notSigned, signed, declaration], await Client.ListIdsAsync(Collection, $"type=agreement&forceId={syria}&sort=id"));
    }

    [Fact]
    public async Task A_force_or_camp_an_event_refers_to_cannot_be_deleted()
    {
        var camp = await Client.CreateCampAsync();
        var force = await Client.CreateForceAsync();
        await Client.CreateIdAsync(Collection, EventSamples.Payload(await Client.CreateSourceAsync(), force).With(("campId", camp), ("country", "SY")));

        using var campDelete = await Client.DeleteAsync(Paths.Of(Paths.Camps, camp));
        await ProblemAssert.IsDeleteRefusedAsync(campDelete, "1 events");
        using var forceDelete = await Client.DeleteAsync(Paths.Of(Paths.Forces, force));
        await ProblemAssert.IsDeleteRefusedAsync(forceDelete, "1 events");
    }

    [Fact]
    public async Task Imports_read_events_in_csv_json_and_ndjson_with_or_without_a_count_and_the_export_loads_back()
    {
        var sourceId = await Client.CreateSourceAsync();
        var force = await Client.CreateForceAsync();
        var csv = $"""
            externalId,title,type,forceIds,startDate,endDate,country,sourceIds,count.best,count.qualifier
            csv:1,"سوريا تنضم إلى التحالف الدولي، العضو التسعين",coalitionMembership,{force},2025-11-10,,US,{sourceId},90,exact
            csv:2,لم يتم توقيع اتفاق,agreement,{force},2025-11-10,2025-11-12,US,{sourceId},,
            """;
        var json = $$"""[{"externalId": "json:1", "title": "Camp closed", "type": "campClosure", "startDate": "2025-06-01", "country": "SY", "sourceIds": [{{sourceId}}]}]""";
        var ndjson = $$"""{"externalId": "ndjson:1", "title": "New commander", "type": "leadershipChange", "startDate": "2025-08-08", "country": "US", "forceIds": [{{force}}], "sourceIds": [{{sourceId}}], "count": {"best": 1} }""";

        ImportHttp.AssertReport(await Client.ImportOkAsync("events", csv, ImportHttp.Csv), inserted: 2);
        ImportHttp.AssertReport(await Client.ImportOkAsync("events", json, ImportHttp.Json), inserted: 1);
        ImportHttp.AssertReport(await Client.ImportOkAsync("events", ndjson + "\n", ImportHttp.Ndjson), inserted: 1);

        var all = await Client.AllAsync("events");
        Assert.Equal("سوريا تنضم إلى التحالف الدولي، العضو التسعين", all[0]["title"]!.GetValue<string>());
        Assert.Equal(90, all[0]["count"]!["best"]!.GetValue<int>());
        Assert.Equal("atLeast", all[1]["count"]!["qualifier"]!.GetValue<string>());
        Assert.Equal("atLeast", all[2]["count"]!["qualifier"]!.GetValue<string>());
        Assert.Equal([force], all[3]["forceIds"]!.AsArray().Select(id => id!.GetValue<long>()));

        ImportHttp.AssertReport(await Client.ImportOkAsync("events", await Client.ExportCsvAsync("events"), ImportHttp.Csv, "mode=upsert"), 0, unchanged: 4);
        Assert.Equal(4, await Client.CountAsync(Collection));
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Collection, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
