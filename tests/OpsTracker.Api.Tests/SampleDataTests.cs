using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests;

/// <summary>The sample dataset loaded into an empty database: the CENTCOM statement of 2025-11-13 and its figures.</summary>
public sealed class SampleDataTests() : ApiTest(new ApiFactory().WithSampleData())
{
    [Fact]
    public async Task The_sample_sources_forces_and_camps_are_there()
    {
        var sources = await ListAsync(Paths.Sources);
        var forces = await ListAsync(Paths.Forces);
        var camps = await ListAsync(Paths.Camps);

        Assert.Equal("Shafaq News", Find(sources, "sample:source:shafaq-news-2025-11-13")["publisher"]!.GetValue<string>());
        Assert.Equal("ar", Find(sources, "sample:source:sputnik-arabic-2025-11-13")["language"]!.GetValue<string>());
        Assert.Equal("officialStatement", Find(sources, "sample:source:centcom-2025-11-13")["kind"]!.GetValue<string>());

        var sdf = Find(forces, "sample:force:sdf");
        Assert.Equal("Syrian Democratic Forces", sdf["name"]!.GetValue<string>());
        Assert.Equal("SDF", sdf["acronym"]!.GetValue<string>());
        Assert.Equal("partnerForce", sdf["kind"]!.GetValue<string>());
        Assert.Contains("قسد", Strings(sdf["aliases"]));
        Assert.Contains("قوات سوريا الديمقراطية", Strings(sdf["aliases"]));
        var centcom = Find(forces, "sample:force:centcom");
        Assert.Equal(centcom.Id(), Find(forces, "sample:force:cjtf-oir")["parentId"]!.GetValue<long>());

        var alHol = Find(camps, "sample:camp:al-hol");
        Assert.Equal("al-Hol", alHol["name"]!.GetValue<string>());
        Assert.Contains("الهول", Strings(alHol["aliases"]));
        Assert.Equal("SY", alHol["country"]!.GetValue<string>());
        Assert.Equal("Roj", Find(camps, "sample:camp:roj")["name"]!.GetValue<string>());
        Assert.All([.. sources, .. forces, .. camps], record => Assert.StartsWith("sample:", record["externalId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_sample_operation_is_more_than_22_operations_citing_the_centcom_statement_and_both_reports_that_relay_it()
    {
        var sources = await ListAsync(Paths.Sources);
        var forces = await ListAsync(Paths.Forces);

        var operation = Find(await ListAsync(Paths.Operations), "sample:operation:syria-2025-10-01-2025-11-06");

        Assert.Equal(new JsonObject { ["best"] = 22, ["low"] = null, ["high"] = null, ["qualifier"] = "moreThan" }.Text(), operation["count"].Text());
        Assert.Equal("summary", operation["type"]!.GetValue<string>());
        Assert.Equal("2025-10-01", operation["startDate"]!.GetValue<string>());
        Assert.Equal("2025-11-06", operation["endDate"]!.GetValue<string>());
        Assert.Equal("SY", operation["country"]!.GetValue<string>());
        var statement = Find(sources, "sample:source:centcom-2025-11-13").Id();
        var sputnik = Find(sources, "sample:source:sputnik-arabic-2025-11-13");
        var shafaq = Find(sources, "sample:source:shafaq-news-2025-11-13");
        Assert.Equal(Payloads.Ids(statement, sputnik.Id(), shafaq.Id()).Text(), operation["sourceIds"].Text());
        Assert.Equal(Payloads.Ids(statement).Text(), sputnik["relaysSourceIds"].Text());
        Assert.Equal(Payloads.Ids(statement, Find(sources, "sample:source:sdf-2025-11-08").Id()).Text(), shafaq["relaysSourceIds"].Text());
        var centcom = Find(forces, "sample:force:centcom").Id();
        Assert.All(operation["citations"]!.AsArray(), citation => Assert.Equal(centcom, citation!["attributedTo"]!["forceId"]!.GetValue<long>()));
        Assert.Equal("\"سنتكوم\": دعمنا أكثر من 22 عملية ضد \"داعش\" في سوريا", operation["citations"]![1]!["quote"]!.GetValue<string>());
        Assert.Contains("العزم المتأصل", Strings(Find(forces, "sample:force:cjtf-oir")["aliases"]));
        Assert.Contains("العزم الصلب", Strings(Find(forces, "sample:force:cjtf-oir")["aliases"]));
        Assert.Equal(Payloads.Ids(Find(forces, "sample:force:cjtf-oir").Id()).Text(), operation["forceIds"].Text());
    }

    [Fact]
    public async Task The_sample_camp_population_figures_cover_al_Hol_and_Roj()
    {
        var camps = await ListAsync(Paths.Camps);
        var bothCamps = Payloads.Ids(Find(camps, "sample:camp:al-hol").Id(), Find(camps, "sample:camp:roj").Id()).Text();

        var figures = await ListAsync(Paths.CampPopulations);

        var in2019 = Find(figures, "sample:camps:al-hol-roj-2019");
        Assert.Equal(70000, in2019["count"]!["best"]!.GetValue<int>());
        Assert.Equal("exact", in2019["count"]!["qualifier"]!.GetValue<string>());
        Assert.Equal("year", in2019["datePrecision"]!.GetValue<string>());
        Assert.Equal("2019-01-01", in2019["asOf"]!.GetValue<string>());
        Assert.Equal(bothCamps, in2019["campIds"].Text());
        var midYear = Find(figures, "sample:camps:al-hol-roj-mid-2025");
        Assert.Equal(31000, midYear["count"]!["best"]!.GetValue<int>());
        Assert.Equal("approximately", midYear["count"]!["qualifier"]!.GetValue<string>());
        Assert.Equal("season", midYear["datePrecision"]!.GetValue<string>());
        Assert.Equal("2025-06-01", midYear["asOf"]!.GetValue<string>());
        var statement = Find(figures, "sample:camps:al-hol-roj-2025-11-13");
        Assert.Equal(30000, statement["count"]!["best"]!.GetValue<int>());
        Assert.Equal("2025-11-13", statement["asOf"]!.GetValue<string>());
        Assert.All(figures, figure => Assert.Equal(bothCamps, figure["campIds"].Text()));
    }

    [Fact]
    public async Task The_sample_casualties_arrests_and_detainees_are_there()
    {
        var forces = await ListAsync(Paths.Forces);
        var operation = Find(await ListAsync(Paths.Operations), "sample:operation:syria-2025-10-01-2025-11-06");

        var killed = Find(await ListAsync(Paths.Casualties), "sample:casualty:isis-killed-2025-10-01-2025-11-06");
        var arrests = await ListAsync(Paths.Arrests);
        var detainees = Find(await ListAsync(Paths.DetaineeFigures), "sample:detainees:nes-prisons-mid-2025");

        Assert.Equal(5, killed["count"]!["best"]!.GetValue<int>());
        Assert.Equal("isis", killed["affiliation"]!.GetValue<string>());
        Assert.Equal("killed", killed["outcome"]!.GetValue<string>());
        Assert.Equal(operation.Id(), killed["operationId"]!.GetValue<long>());
        Assert.Equal(19, Find(arrests, "sample:arrest:isis-arrested-2025-10-01-2025-11-06")["count"]!["best"]!.GetValue<int>());
        var leader = Find(arrests, "sample:arrest:bahaa-musiri");
        Assert.Equal("بهاء مسيري", leader["personName"]!.GetValue<string>());
        Assert.Equal("أبو عبد الرحمن", leader["personAlias"]!.GetValue<string>());

        // On or before the SDF statement's day: the statement gives no day of its own.
        Assert.Null(leader["startDate"]);
        Assert.Equal("2025-11-08", leader["endDate"]!.GetValue<string>());
        var sdfStatement = Find(await ListAsync(Paths.Sources), "sample:source:sdf-2025-11-08").Id();
        Assert.Equal(sdfStatement, leader["citations"]![0]!["sourceId"]!.GetValue<long>());
        Assert.All(leader["citations"]!.AsArray(), citation =>
            Assert.Equal(Find(forces, "sample:force:sdf").Id(), citation!["attributedTo"]!["forceId"]!.GetValue<long>()));
        Assert.Equal("IQ", leader["personNationality"]!.GetValue<string>());
        Assert.Equal(Find(forces, "sample:force:sdf").Id(), leader["arrestingForceId"]!.GetValue<long>());
        Assert.Equal(new JsonObject { ["best"] = 1, ["low"] = null, ["high"] = null, ["qualifier"] = "exact" }.Text(), leader["count"].Text());
        Assert.Equal(9000, detainees["count"]!["best"]!.GetValue<int>());
        Assert.Equal("approximately", detainees["count"]!["qualifier"]!.GetValue<string>());
        Assert.Equal("season", detainees["datePrecision"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_camps_and_the_arrest_in_al_Hol_have_their_places_so_the_geojson_export_has_a_feature()
    {
        var camps = await ListAsync(Paths.Camps);
        var alHol = Find(camps, "sample:camp:al-hol");
        var roj = Find(camps, "sample:camp:roj");

        var geoJson = await Client.GetObjectAsync($"{Paths.Arrests}?format=geojson");

        Assert.Equal((36.3749, 41.1488), (alHol["latitude"]!.GetValue<double>(), alHol["longitude"]!.GetValue<double>()));
        Assert.Equal((36.7306, 42.0578), (roj["latitude"]!.GetValue<double>(), roj["longitude"]!.GetValue<double>()));
        var feature = Assert.Single(geoJson["features"]!.AsArray())!;
        Assert.Equal("[41.1488,36.3749]", feature["geometry"]!["coordinates"].Text());
        Assert.Equal("sample:arrest:bahaa-musiri", feature["properties"]!["externalId"]!.GetValue<string>());
        Assert.Equal(alHol.Id(), feature["properties"]!["campId"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_sample_source_that_figures_cite_cannot_be_deleted()
    {
        var shafaq = Find(await ListAsync(Paths.Sources), "sample:source:shafaq-news-2025-11-13");

        // Every kind's records that cite it, as its list's sourceId filter counts them, in registration order.
        var holders = new List<string>();
        foreach (var resource in ResourceCatalogue.All.Where(resource => resource.IsCiting))
        {
            var citing = (await Client.GetObjectAsync($"{resource.Collection}?sourceId={shafaq.Id()}"))["totalCount"]!.GetValue<long>();
            if (citing > 0)
            {
                holders.Add($"{citing} {resource.PluralName}");
            }
        }

        using var response = await Client.DeleteAsync(Paths.Of(Paths.Sources, shafaq.Id()));

        Assert.Subset(holders.ToHashSet(), new HashSet<string> { "5 persons", "1 operations", "2 arrest records", "3 camp population figures" });
        await ProblemAssert.IsDeleteRefusedAsync(response, [.. holders]);
        await Client.ReadAsync(Paths.Sources, shafaq.Id());
    }

    [Fact]
    public async Task Without_the_setting_the_database_starts_empty()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        foreach (var resource in ResourceCatalogue.All)
        {
            Assert.Equal(0, await client.CountAsync(resource.Collection));
        }
    }

    private static JsonObject Find(IEnumerable<JsonObject> records, string externalId)
    {
        var found = records.Where(record => record["externalId"]?.GetValue<string>() == externalId).ToList();
        Assert.True(found.Count == 1, $"Expected one sample record '{externalId}', found {found.Count}.");
        return found[0];
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(item => item!.GetValue<string>())];

    private async Task<List<JsonObject>> ListAsync(string collection)
    {
        var page = await Client.GetObjectAsync($"{collection}?pageSize=500");
        return [.. page["items"]!.AsArray().Select(item => item!.AsObject())];
    }
}
