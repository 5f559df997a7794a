using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>Every create, update and delete, by the endpoints or by an import, leaves one audit entry.</summary>
public sealed class AuditTrailTests : ApiTest
{
    [Theory]
    [MemberData(nameof(ResourceCatalogue.Names), MemberType = typeof(ResourceCatalogue))]
    public async Task Create_update_and_delete_each_record_who_when_and_the_state_before_and_after(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var started = DateTime.UtcNow;
        var id = await Client.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(Client));
        var created = await Client.GetObjectAsync(resource.PathOf(id));
        using (var put = await Client.PutJsonAsync(resource.PathOf(id), await resource.ChangedPayloadAsync(Client, created)))
        {
            await put.AssertStatusAsync(HttpStatusCode.OK);
        }

        var updated = await Client.GetObjectAsync(resource.PathOf(id));
        (await Client.DeleteAsync(resource.PathOf(id))).Dispose();

        var history = await Client.HistoryAsync(resource.PathOf(id));

        Assert.Equal(["create", "update", "delete"], history.Select(entry => entry.Action()));
        Assert.All(history, entry =>
        {
            Assert.Equal(AuditHttp.AdminKeyName, entry["keyName"]!.GetValue<string>());
            Assert.Equal(name, entry["resource"]!.GetValue<string>());
            Assert.Equal(id, entry["recordId"]!.GetValue<long>());
            Assert.InRange(entry.Timestamp("at"), started.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        });
        Assert.Equal([1L, 2L, 3L], history.Select(entry => entry["version"]!.GetValue<long>()));
        Assert.Null(history[0]["before"]);
        Assert.Equal(created.Text(), history[0]["after"].Text());
        Assert.Equal(created.Text(), history[1]["before"].Text());
        Assert.Equal(updated.Text(), history[1]["after"].Text());
        Assert.Equal(updated.Text(), history[2]["before"].Text());
        Assert.Null(history[2]["after"]);
    }

    [Fact]
    public async Task A_refused_write_or_a_put_that_changes_nothing_leaves_no_entry()
    {
        var payload = Payloads.Source();
        var id = await Client.CreateIdAsync(Paths.Sources, payload);
        (await Client.PutJsonAsync(Paths.Of(Paths.Sources, id), payload)).Dispose();
        (await Client.PutJsonAsync(Paths.Of(Paths.Sources, id), payload.With(("title", "")))).Dispose();
        (await Client.PostJsonAsync(Paths.Sources, payload)).Dispose();

        var history = await Client.HistoryAsync(Paths.Of(Paths.Sources, id));

        Assert.Equal(["create"], history.Select(entry => entry.Action()));
        Assert.Single(await Client.AuditAsync());
    }

    [Fact]
    public async Task An_import_records_each_record_it_inserts_or_changes_and_none_it_leaves_alone()
    {
        var first = Payloads.Source();
        var second = Payloads.Source();
        await Client.ImportOkAsync("sources", new JsonArray(first, second).Text(), ImportHttp.Json);
        var again = new JsonArray(first.DeepClone(), second.With(("notes", "Corrected."))).Text();
        ImportHttp.AssertReport(await Client.ImportOkAsync("sources", again, ImportHttp.Json, "mode=upsert"), inserted: 0, updated: 1, unchanged: 1);

        var entries = await Client.AuditAsync("resource=sources");

        Assert.Equal(["create", "create", "update"], entries.Select(entry => entry.Action()));
        Assert.All(entries, entry => Assert.Equal(AuditHttp.AdminKeyName, entry["keyName"]!.GetValue<string>()));
        var changed = entries[2];
        Assert.Equal(entries[1]["recordId"]!.GetValue<long>(), changed["recordId"]!.GetValue<long>());
        Assert.Equal("Corrected.", changed["after"]!["notes"]!.GetValue<string>());
        Assert.Equal(second["notes"]!.GetValue<string>(), changed["before"]!["notes"]!.GetValue<string>());
        var stored = await Client.GetObjectAsync(Paths.Of(Paths.Sources, changed["recordId"]!.GetValue<long>()));
        Assert.Equal(stored.Text(), changed["after"].Text());
        Assert.Equal(2, changed["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task An_imported_records_entry_is_the_record_as_a_get_answers_it()
    {
        var sourceId = await Client.CreateSourceAsync();
        var csv = $"externalId,affiliation,outcome,sourceIds,count.best,count.qualifier,startDate,country,notes\n"
            + $"c-1,isis,killed,{sourceId},12,approximately,2025-10-01,SY,قتلى في دير الزور\n";
        await Client.ImportOkAsync("casualties", csv, ImportHttp.Csv);

        var entry = Assert.Single(await Client.AuditAsync("resource=casualties"));
        var stored = await Client.GetObjectAsync(Paths.Of(Paths.Casualties, entry["recordId"]!.GetValue<long>()));

        Assert.Equal(stored.Text(), entry["after"].Text());
        Assert.Equal(1, entry["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_dry_run_or_a_failed_import_leaves_no_entries()
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
    }
}
