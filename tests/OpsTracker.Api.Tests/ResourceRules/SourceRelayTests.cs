using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.ResourceRules;

/// <summary>Sources that relay others (relaysSourceIds), and their author, archived copy and retrieval date.</summary>
public sealed class SourceRelayTests : ApiTest
{
    [Fact]
    public async Task A_news_report_relays_the_statements_it_passes_on_with_its_author_and_archived_copy()
    {
        var centcom = await Client.CreateSourceAsync();
        var sdf = await Client.CreateSourceAsync();

        var shafaq = await Client.CreateAsync(Paths.Sources, Payloads.Source().With(
            ("relaysSourceIds", Payloads.Ids(sdf, centcom)),
            ("author", "شفق نيوز- دمشق"),
            ("archiveUrl", "https://web.archive.org/web/20251113000000/https://shafaq.com/ar/"),
            ("retrievedOn", "2025-11-13")));

        Assert.Equal(Payloads.Ids(centcom, sdf).Text(), shafaq["relaysSourceIds"].Text());
        Assert.Equal("شفق نيوز- دمشق", shafaq["author"]!.GetValue<string>());
        Assert.Equal("2025-11-13", shafaq["retrievedOn"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(shafaq, await Client.ReadAsync(Paths.Sources, shafaq.Id())));
        Assert.Equal([], (await Client.ReadAsync(Paths.Sources, centcom))["relaysSourceIds"]!.AsArray());
    }

    [Fact]
    public async Task A_source_relays_no_source_that_does_not_exist_nor_itself_nor_one_that_relays_it()
    {
        var statement = await Client.CreateSourceAsync();
        var missing = await AssertRefusedAsync(Payloads.Source().With(("relaysSourceIds", Payloads.Ids(statement, 999_999))), "relaysSourceIds[1]");
        Assert.Equal(["There is no source with id 999999."], missing.MessagesFor("relaysSourceIds[1]"));
        await AssertRefusedAsync(Payloads.Source().With(("relaysSourceIds", Payloads.Ids(statement, statement))), "relaysSourceIds");
        await AssertRefusedAsync(Payloads.Source().With(("relaysSourceIds", Payloads.Ids(0))), "relaysSourceIds[0]");
        await AssertRefusedAsync(Payloads.Source().With(("archiveUrl", "web.archive.org/x")), "archiveUrl");
        await AssertRefusedAsync(Payloads.Source().With(("author", " ")), "author");

        var relay = await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("relaysSourceIds", Payloads.Ids(statement))));
        var relayOfRelay = await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("relaysSourceIds", Payloads.Ids(relay))));

        using var itself = await Client.PutJsonAsync(Paths.Of(Paths.Sources, statement), Payloads.Source().With(("relaysSourceIds", Payloads.Ids(statement))));
        var self = await ProblemAssert.IsValidationProblemAsync(itself, "relaysSourceIds[0]");
        Assert.Equal(["A source cannot relay itself."], self.MessagesFor("relaysSourceIds[0]"));

        using var circle = await Client.PutJsonAsync(Paths.Of(Paths.Sources, statement), Payloads.Source().With(("relaysSourceIds", Payloads.Ids(relayOfRelay))));
        var cycle = await ProblemAssert.IsValidationProblemAsync(circle, "relaysSourceIds");
        Assert.Equal(["A source cannot relay a source that relays it, directly or through others."], cycle.MessagesFor("relaysSourceIds"));
        Assert.Equal([], (await Client.ReadAsync(Paths.Sources, statement))["relaysSourceIds"]!.AsArray());
    }

    [Fact]
    public async Task A_relayed_source_cannot_be_deleted_while_a_source_relays_it()
    {
        var statement = await Client.CreateSourceAsync();
        var relay = await Client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("relaysSourceIds", Payloads.Ids(statement))));

        using (var refused = await Client.DeleteAsync(Paths.Of(Paths.Sources, statement)))
        {
            var problem = await ProblemAssert.IsDeleteRefusedAsync(refused, "1 sources that relay it");
            Assert.Equal("This source is still referred to by 1 sources that relay it. Change or delete those first.", problem.Detail);
        }

        using (var deleteRelay = await Client.DeleteAsync(Paths.Of(Paths.Sources, relay)))
        {
            await deleteRelay.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        using var allowed = await Client.DeleteAsync(Paths.Of(Paths.Sources, statement));
        await allowed.AssertStatusAsync(HttpStatusCode.NoContent);
    }

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Paths.Sources, body);
        var problem = await ProblemAssert.IsValidationProblemAsync(response, fields);
        return problem;
    }
}
