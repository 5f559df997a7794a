using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>
/// An import writes one audit entry (the file's hash, the key, the mode, the counts and the ids it created and
/// updated), and each record it created still has a history that starts with its creation by that import.
/// </summary>
public sealed class ImportAuditTests : ApiTest
{
    [Fact]
    public async Task An_import_writes_one_entry_with_the_files_hash_mode_counts_and_ids()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = "externalId,affiliation,outcome,sourceIds,count.best,count.qualifier,startDate,country,notes\n"
            + $"ia-1,isis,killed,{sourceId},12,approximately,2025-10-01,SY,قتلى في دير الزور\n"
            + $"ia-2,isis,wounded,{sourceId},3,atLeast,2025-10-02,IQ,\n"
            + $"ia-3,isis,killed,{sourceId},1,exact,2025-10-03,SY,\n";
        ImportHttp.AssertReport(await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv), inserted: 3);
        var ids = (await Client.AllAsync("casualties")).Select(record => record.Id()).ToList();

        var entry = Assert.Single(await Client.AuditAsync("resource=casualties"));

        Assert.Equal("import", entry.Action());
        Assert.Equal(AuditHttp.AdminKeyName, entry["keyName"]!.GetValue<string>());
        Assert.Equal(0, entry["recordId"]!.GetValue<long>());
        Assert.Null(entry["before"]);
        var details = entry["after"]!.AsObject();
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv))), details["sha256"]!.GetValue<string>());
        Assert.Equal("csv", details["format"]!.GetValue<string>());
        Assert.Equal("insert", details["mode"]!.GetValue<string>());
        Assert.Equal([3L, 0L, 0L], new[] { "inserted", "updated", "unchanged" }.Select(count => details[count]!.GetValue<long>()));
        Assert.Equal(Runs(ids), details["createdIds"].Text());
        Assert.Equal("[]", details["updatedIds"].Text());

        // The audit list names one entry for the file, however many records it held.
        Assert.Equal(2, (await Client.AuditAsync()).Count);
    }

    [Fact]
    public async Task Each_imported_records_history_starts_with_its_creation_by_the_import()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = "externalId,affiliation,outcome,sourceIds,count.best,count.qualifier,startDate,country,notes\n"
            + $"ih-1,isis,killed,{sourceId},12,approximately,2025-10-01,SY,\"قتلى، بحسب البيان\"\n"
            + $"ih-2,isis,wounded,{sourceId},3,atLeast,2025-10-02,IQ,\n";
        await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv);
        var importId = Assert.Single(await Client.AuditAsync("resource=casualties"))["id"]!.GetValue<long>();
        var records = await Client.AllAsync("casualties");

        foreach (var record in records)
        {
            var created = Assert.Single(await Client.HistoryAsync(Paths.Of(Paths.Casualties, record.Id())));
            AssertCreatedByImport(created, importId, record);
        }

        // Once changed, the first version is still the imported one; the change is an entry of its own.
        var changed = records[0];
        using (var put = await Client.PutJsonAsync(Paths.Of(Paths.Casualties, changed.Id()), Payloads.Casualty(sourceId)))
        {
            await put.AssertStatusAsync(HttpStatusCode.OK);
        }

        var updated = await Client.GetObjectAsync(Paths.Of(Paths.Casualties, changed.Id()));
        (await Client.DeleteAsync(Paths.Of(Paths.Casualties, changed.Id()))).Dispose();

        var history = await Client.HistoryAsync(Paths.Of(Paths.Casualties, changed.Id()));

        Assert.Equal(["create", "update", "delete"], history.Select(entry => entry.Action()));
        AssertCreatedByImport(history[0], importId, changed);
        Assert.Equal(changed.Text(), history[1]["before"].Text());
        Assert.Equal(updated.Text(), history[1]["after"].Text());
        Assert.Equal([1L, 2L, 3L], history.Select(entry => entry["version"]!.GetValue<long>()));

        // The audit list of the one record is its history.
        var listed = await Client.AuditAsync($"resource=casualties&id={changed.Id()}");
        Assert.Equal(history.Select(entry => entry.Text()), listed.Select(entry => entry.Text()));
        Assert.Equal(["update"], (await Client.AuditAsync($"resource=casualties&id={changed.Id()}&action=update")).Select(entry => entry.Action()));

        // Paged, the derived entry takes the first place of the first page only.
        var second = await Client.GetObjectAsync($"{Paths.Of(Paths.Casualties, changed.Id())}/history?pageSize=2&page=2");
        Assert.Equal(3, second["totalCount"]!.GetValue<int>());
        Assert.Equal(["delete"], AuditHttp.Items(second).Select(entry => entry.Action()));
    }

    [Fact]
    public async Task An_upsert_names_the_records_it_updated_and_each_keeps_its_history()
    {
        var first = Payloads.Source();
        var second = Payloads.Source();
        await Client.ImportOkAsync("sources", new JsonArray(first, second).Text(), ImportHttp.Json);
        var again = new JsonArray(first.DeepClone(), second.With(("notes", "Corrected."))).Text();
        ImportHttp.AssertReport(await Client.ImportOkAsync("sources", again, ImportHttp.Json, "mode=upsert"), inserted: 0, updated: 1, unchanged: 1);
        var stored = await Client.AllAsync("sources");

        var entries = await Client.AuditAsync("resource=sources");

        Assert.Equal(["import", "update", "import"], entries.Select(entry => entry.Action()));
        Assert.All(entries, entry => Assert.Equal(AuditHttp.AdminKeyName, entry["keyName"]!.GetValue<string>()));
        var upsert = entries[2]["after"]!;
        Assert.Equal("upsert", upsert["mode"]!.GetValue<string>());
        Assert.Equal("json", upsert["format"]!.GetValue<string>());
        Assert.Equal([0L, 1L, 1L], new[] { "inserted", "updated", "unchanged" }.Select(count => upsert[count]!.GetValue<long>()));
        Assert.Equal("[]", upsert["createdIds"].Text());
        Assert.Equal(Runs([stored[1].Id()]), upsert["updatedIds"].Text());
        Assert.Equal(Runs(stored.Select(record => record.Id()).ToList()), entries[0]["after"]!["createdIds"].Text());

        var history = await Client.HistoryAsync(Paths.Of(Paths.Sources, stored[1].Id()));

        Assert.Equal(["create", "update"], history.Select(entry => entry.Action()));
        Assert.Equal(entries[0]["id"]!.GetValue<long>(), history[0]["importId"]!.GetValue<long>());
        Assert.Equal(second["notes"]!.GetValue<string>(), history[0]["after"]!["notes"]!.GetValue<string>());
        Assert.Equal(history[0]["after"].Text(), history[1]["before"].Text());
        Assert.Equal(stored[1].Text(), history[1]["after"].Text());
        Assert.Equal(2, history[1]["version"]!.GetValue<long>());
        Assert.Single(await Client.HistoryAsync(Paths.Of(Paths.Sources, stored[0].Id())));
    }

    [Fact]
    public async Task A_dry_run_or_a_failed_import_writes_no_entry()
    {
        var sourceId = await Client.CreateSourceAsync();
        await Client.ImportOkAsync("sources", new JsonArray(Payloads.Source()).Text(), ImportHttp.Json, "dryRun=true");
        using (var failed = await Client.ImportAsync("casualties", new JsonArray(Payloads.Casualty(sourceId), Payloads.Casualty(sourceId).With(("outcome", "asleep"))).Text(), ImportHttp.Json))
        {
            await ProblemAssert.IsProblemAsync(failed, HttpStatusCode.BadRequest);
        }

        var entries = await Client.AuditAsync();

        Assert.Equal(["sources"], entries.Select(entry => entry["resource"]!.GetValue<string>()));
        Assert.Equal(sourceId, entries.Single()["recordId"]!.GetValue<long>());
        Assert.Equal(0, Factory.Database.Count("ImportedRecordRanges"));
    }

    [Fact]
    public async Task Search_finds_the_records_an_import_created()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = "externalId,affiliation,outcome,sourceIds,count.best,count.qualifier,startDate,country,locality\n"
            + $"is-1,isis,killed,{sourceId},2,exact,2025-10-01,SY,الشدادي\n"
            + $"is-2,isis,killed,{sourceId},2,exact,2025-10-01,SY,Raqqa\n";
        await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv);

        var found = await Client.ListAsync(Paths.Casualties, ListHttp.Search("الشدادي"));

        Assert.Equal(["is-1"], found.Select(record => record["externalId"]!.GetValue<string>()));
    }

    private static void AssertCreatedByImport(JsonObject entry, long importId, JsonObject firstVersion)
    {
        Assert.Equal("create", entry.Action());
        Assert.Equal(importId, entry["id"]!.GetValue<long>());
        Assert.Equal(importId, entry["importId"]!.GetValue<long>());
        Assert.Equal(AuditHttp.AdminKeyName, entry["keyName"]!.GetValue<string>());
        Assert.Equal(firstVersion.Id(), entry["recordId"]!.GetValue<long>());
        Assert.Equal(1, entry["version"]!.GetValue<long>());
        Assert.Null(entry["before"]);
        Assert.Equal(firstVersion.Text(), entry["after"].Text());
    }

    /// <summary>Ids as the entry writes them: runs of consecutive ids, [[first, last], …].</summary>
    private static string Runs(IReadOnlyList<long> ids)
    {
        var runs = new List<(long First, long Last)>();
        foreach (var id in ids.Order())
        {
            if (runs.Count > 0 && runs[^1].Last + 1 == id)
            {
                runs[^1] = (runs[^1].First, id);
            }
            else
            {
                runs.Add((id, id));
            }
        }

        return new JsonArray([.. runs.Select(run => (JsonNode)new JsonArray(run.First, run.Last))]).Text();
    }
}
