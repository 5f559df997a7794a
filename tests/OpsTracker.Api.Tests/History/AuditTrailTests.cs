using System.Net;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>Every create, update and delete by the endpoints leaves one audit entry (an import's one entry: <see cref="ImportAuditTests"/>).</summary>
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
}
