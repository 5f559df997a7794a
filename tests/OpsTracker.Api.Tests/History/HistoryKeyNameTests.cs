using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Auth;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.History;

/// <summary>
/// A record's history names the key of each change to admins only: readers, editors and anonymous callers see that a
/// change was made, what and when, with <c>keyName</c> null.
/// </summary>
public sealed class HistoryKeyNameTests : ApiTest
{
    [Fact]
    public async Task Only_admins_see_which_key_made_each_change()
    {
        using var analyst = Factory.CreateClientWithKey((await Client.CreateKeyAsync("editor", "analyst-7")).Key());
        using var reader = Factory.CreateClientWithKey((await Client.CreateKeyAsync("reader", "dashboard")).Key());
        using var anonymous = Factory.CreateAnonymousClient();
        var payload = Payloads.Source();
        var id = await analyst.CreateIdAsync(Paths.Sources, payload);
        (await Client.PutJsonAsync(Paths.Of(Paths.Sources, id), payload.With(("notes", "Corrected by an admin.")))).Dispose();
        var path = Paths.Of(Paths.Sources, id);

        var asAdmin = await Client.HistoryAsync(path);

        Assert.Equal(["analyst-7", AuditHttp.AdminKeyName], asAdmin.Select(entry => entry["keyName"]!.GetValue<string>()));
        foreach (var caller in new[] { analyst, reader, anonymous })
        {
            var seen = await caller.HistoryAsync(path);
            Assert.Equal(asAdmin.Count, seen.Count);
            for (var i = 0; i < seen.Count; i++)
            {
                Assert.True(seen[i].ContainsKey("keyName"));
                Assert.Null(seen[i]["keyName"]);
                // Everything else is the same: that a change was made, which, when, and the record before and after.
                var withoutName = asAdmin[i].DeepClone().AsObject();
                withoutName["keyName"] = null;
                Assert.True(JsonNode.DeepEquals(withoutName, seen[i]), seen[i].ToJsonString());
            }
        }
    }
}
