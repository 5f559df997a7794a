using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// Renaming a camp or force, or changing its aliases, changes what finds the records that refer to it at once: their
/// text is matched through the camp's and force's current names at query time, so they are not rewritten (nor
/// their updatedAt moved) when the camp or force changes.
/// </summary>
public sealed class SearchAliasChangeTests() : ApiTest(new ApiFactory().WithPooledConnections())
{
    [Fact]
    public async Task Records_placed_in_a_camp_follow_its_new_aliases_without_being_rewritten()
    {
        var sourceId = await Client.CreateSourceAsync();
        var camp = Payloads.Camp().With(("name", "al-Hol"), ("aliases", Payloads.Strings("الهول", "Al Hol")), ("notes", null));
        var campId = await Client.CreateIdAsync(Paths.Camps, camp);
        var arrest = await Client.CreateAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("campId", campId), ("notes", null)));
        Assert.Equal([arrest.Id()], await SearchAsync(Paths.Arrests, "الهول"));

        await PutAsync(Paths.Of(Paths.Camps, campId), camp.With(("aliases", Payloads.Strings("Hawl", "مخيم الهوْل"))));

        Assert.Equal([arrest.Id()], await SearchAsync(Paths.Arrests, "hawl"));
        Assert.Equal([arrest.Id()], await SearchAsync(Paths.Arrests, "مخيم الهول"));
        Assert.Equal([arrest.Id()], await SearchAsync(Paths.Arrests, "Al Hol"));
        Assert.Equal([campId], await SearchAsync(Paths.Camps, "hawl"));
        var unchanged = await Client.ReadAsync(Paths.Arrests, arrest.Id());
        Assert.Equal(arrest["updatedAt"]!.GetValue<string>(), unchanged["updatedAt"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_alias_removed_from_a_camp_no_longer_finds_the_records_placed_in_it()
    {
        var sourceId = await Client.CreateSourceAsync();
        var camp = Payloads.Camp().With(("name", "al-Hol"), ("aliases", Payloads.Strings("الهول")), ("notes", null));
        var campId = await Client.CreateIdAsync(Paths.Camps, camp);
        var figureId = await Client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(sourceId, campId).With(("notes", null)));
        Assert.Equal([figureId], await SearchAsync(Paths.CampPopulations, "الهول"));

        await PutAsync(Paths.Of(Paths.Camps, campId), camp.With(("aliases", new JsonArray())));

        Assert.Empty(await SearchAsync(Paths.CampPopulations, "الهول"));
        Assert.Equal([figureId], await SearchAsync(Paths.CampPopulations, "al-Hol"));
    }

    [Fact]
    public async Task Operations_follow_a_renamed_force()
    {
        var sourceId = await Client.CreateSourceAsync();
        var force = Payloads.Force().With(("name", "Syrian Democratic Forces"), ("aliases", Payloads.Strings("قسد")), ("acronym", null), ("notes", null));
        var forceId = await Client.CreateIdAsync(Paths.Forces, force);
        var operationId = await Client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId, forceId).With(("notes", null)));

        await PutAsync(Paths.Of(Paths.Forces, forceId), force.With(("name", "SDF General Command"), ("aliases", Payloads.Strings("القيادة العامة"))));

        Assert.Equal([operationId], await SearchAsync(Paths.Operations, "general command"));
        Assert.Equal([operationId], await SearchAsync(Paths.Operations, "القيادة العامه"));
        Assert.Empty(await SearchAsync(Paths.Operations, "قسد"));
        Assert.Empty(await SearchAsync(Paths.Operations, "democratic"));
    }

    private Task<List<long>> SearchAsync(string collection, string q) => Client.ListIdsAsync(collection, ListHttp.Search(q));

    private async Task PutAsync(string path, JsonObject body)
    {
        using var response = await Client.PutJsonAsync(path, body);
        await response.AssertStatusAsync(HttpStatusCode.OK);
    }
}
