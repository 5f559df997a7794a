using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.StrengthEstimates;

/// <summary>
/// A strength estimate's own rules: the group, the countries it covers together, the count and the date are required;
/// countries are assigned ISO codes, each once, kept in the order given; the group and the sources must exist; a
/// group that estimates refer to cannot be deleted; q finds estimates by their group's names.
/// </summary>
public sealed class StrengthEstimateTests : ApiTest
{
    private const string Collection = StrengthEstimateSamples.Collection;

    [Fact]
    public async Task The_shafaq_news_estimate_reads_back_as_reported()
    {
        var sourceId = await Client.CreateSourceAsync();
        var isis = await Client.CreateForceAsync("Islamic State", "داعش");
        var created = await Client.CreateAsync(Collection, StrengthEstimateSamples.Payload(sourceId, isis));

        var read = await Client.GetObjectAsync(Paths.Of(Collection, created.Id()));

        Assert.Equal(isis, read["forceId"]!.GetValue<long>());
        Assert.Equal("""["SY","IQ"]""", read["countries"]!.ToJsonString());
        Assert.Equal("""{"best":2750,"low":2500,"high":3000,"qualifier":"range"}""", read["count"]!.ToJsonString());
        Assert.Equal(("2025-01-01", "year"), (read["asOf"]!.GetValue<string>(), read["datePrecision"]!.GetValue<string>()));
        Assert.Equal([sourceId], read["sourceIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        Assert.Equal("About 2,500–3,000 active fighters in Syria and Iraq in 2025 (research reports).", read["notes"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_group_countries_count_and_date_are_required()
    {
        var payload = StrengthEstimateSamples.Payload(await Client.CreateSourceAsync(), await Client.CreateForceAsync());

        var problem = await AssertRefusedAsync(payload.Without("forceId", "countries", "count", "asOf"), "forceId", "countries", "count", "asOf");
        await AssertRefusedAsync(payload.With(("countries", new JsonArray())), "countries");

        Assert.Equal(["forceId is required: the group whose fighters are estimated."], problem.MessagesFor("forceId"));
        Assert.Equal(["Name at least one country in countries (ISO 3166-1 alpha-2: SY, IQ)."], problem.MessagesFor("countries"));
        Assert.Equal(0, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task Countries_are_assigned_codes_each_listed_once()
    {
        var payload = StrengthEstimateSamples.Payload(await Client.CreateSourceAsync(), await Client.CreateForceAsync());

        var unassigned = await AssertRefusedAsync(payload.With(("countries", Payloads.Strings("SY", "XX"))), "countries[1]");
        var lowerCase = await AssertRefusedAsync(payload.With(("countries", Payloads.Strings("sy"))), "countries[0]");
        var repeated = await AssertRefusedAsync(payload.With(("countries", Payloads.Strings("SY", "IQ", "SY"))), "countries");

        Assert.Equal(["'XX' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ)."], unassigned.MessagesFor("countries[1]"));
        Assert.Single(lowerCase.MessagesFor("countries[0]"));
        Assert.Equal(["A country is listed more than once."], repeated.MessagesFor("countries"));
    }

    [Fact]
    public async Task The_group_and_the_sources_must_exist()
    {
        var sourceId = await Client.CreateSourceAsync();

        var problem = await AssertRefusedAsync(StrengthEstimateSamples.Payload(sourceId, 999_999).With(("sourceIds", Payloads.Ids(sourceId, 888_888))),
            "forceId", "sourceIds[1]");

        Assert.Equal(["There is no force with id 999999."], problem.MessagesFor("forceId"));
        Assert.Equal(["There is no source with id 888888."], problem.MessagesFor("sourceIds[1]"));
    }

    [Fact]
    public async Task A_group_that_estimates_refer_to_cannot_be_deleted_until_they_are()
    {
        var forceId = await Client.CreateForceAsync();
        var id = await Client.CreateIdAsync(Collection, StrengthEstimateSamples.Payload(await Client.CreateSourceAsync(), forceId));

        using (var refused = await Client.DeleteAsync(Paths.Of(Paths.Forces, forceId)))
        {
            var problem = await ProblemAssert.IsDeleteRefusedAsync(refused, "1 strength estimates");
            Assert.Equal("This force is still referred to by 1 strength estimates. Change or delete those first.", problem.Detail);
        }

        using (var delete = await Client.DeleteAsync(Paths.Of(Collection, id)))
        {
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        using var allowed = await Client.DeleteAsync(Paths.Of(Paths.Forces, forceId));
        await allowed.AssertStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Q_finds_an_estimate_by_its_groups_names_in_either_script()
    {
        var sourceId = await Client.CreateSourceAsync();
        var isis = await Client.CreateForceAsync("Islamic State", "داعش");
        var estimate = await Client.CreateIdAsync(Collection, StrengthEstimateSamples.Payload(sourceId, isis).With(("notes", null)));
        await Client.CreateIdAsync(Collection, StrengthEstimateSamples.Payload(sourceId, await Client.CreateForceAsync()).With(("notes", null)));

        Assert.Equal([estimate], await Client.ListIdsAsync(Collection, ListHttp.Search("داعش")));
        Assert.Equal([estimate], await Client.ListIdsAsync(Collection, ListHttp.Search("islamic state")));
    }

    [Fact]
    public async Task A_csv_import_reads_the_countries_as_the_export_writes_them()
    {
        var sourceId = await Client.CreateSourceAsync();
        var isis = await Client.CreateForceAsync();
        var csv = "externalId,forceId,countries,region,asOf,datePrecision,sourceIds,count.best,count.low,count.high,count.qualifier,notes\n"
            + $"csv:estimate,{isis},SY;IQ,,2025-01-01,year,{sourceId},2750,2500,3000,range,\"About 2,500–3,000 (research reports)\"\n";

        ImportHttp.AssertReport(await Client.ImportOkAsync("strength-estimates", csv, ImportHttp.Csv), inserted: 1);

        var imported = Assert.Single(await Client.AllAsync("strength-estimates"));
        Assert.Equal("""["SY","IQ"]""", imported["countries"]!.ToJsonString());
        var exported = await Client.ExportCsvAsync("strength-estimates");
        Assert.Contains($",{isis},SY;IQ,,2025-01-01,year,{sourceId},", exported);
        Assert.Contains(",2750,2500,3000,range,singleSource,\"About 2,500–3,000 (research reports)\",", exported);
    }

    [Fact]
    public async Task An_ndjson_import_names_the_group_by_its_external_id_and_an_unknown_country_by_its_line()
    {
        var sourceId = await Client.CreateSourceAsync();
        var isis = await Client.CreateIdAsync(Paths.Forces, Payloads.Force().With(("externalId", "test:force:isis")));
        var line = StrengthEstimateSamples.Payload(sourceId, isis).Without("forceId").With(("externalId", "ndjson:estimate"), ("forceExternalId", "test:force:isis"));
        var bad = line.With(("externalId", "ndjson:bad"), ("countries", Payloads.Strings("SY", "ZZ")));

        using (var refused = await Client.ImportAsync("strength-estimates", $"{line.ToJsonString()}\n{bad.ToJsonString()}\n", ImportHttp.Ndjson))
        {
            var problem = await ProblemAssert.IsValidationProblemAsync(refused, "line 2: countries[1]");
            Assert.Equal(["'ZZ' is not an ISO 3166-1 alpha-2 country code (upper case, e.g. SY, IQ)."], problem.MessagesFor("line 2: countries[1]"));
        }

        Assert.Equal(0, await Client.CountAsync(Collection));
        ImportHttp.AssertReport(await Client.ImportOkAsync("strength-estimates", $"{line.ToJsonString()}\n", ImportHttp.Ndjson), inserted: 1);
        var imported = Assert.Single(await Client.AllAsync("strength-estimates"));
        Assert.Equal((isis, """["SY","IQ"]"""), (imported["forceId"]!.GetValue<long>(), imported["countries"]!.ToJsonString()));
    }

    [Fact]
    public async Task The_kinds_migration_goes_back_and_forward_and_its_table_is_counted_and_searched_again()
    {
        await Client.CreateIdAsync(Collection, StrengthEstimateSamples.Payload(await Client.CreateSourceAsync(), await Client.CreateForceAsync()));
        await using (var db = Factory.CreateDbContext())
        {
            await MigrationRedo.RedoAsync(db, "StrengthEstimates", "StrengthEstimates");
        }

        Assert.Equal(0, await Client.CountAsync(Collection));
        var id = await Client.CreateIdAsync(Collection, StrengthEstimateSamples.Payload(await Client.CreateSourceAsync(), await Client.CreateForceAsync())
            .With(("notes", "Estimated after the redo")));
        Assert.Equal(1, await Client.CountAsync(Collection));
        Assert.Equal([id], await Client.ListIdsAsync(Collection, ListHttp.Search("after the redo")));
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Collection, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
