using System.Net;
using System.Text.Json.Nodes;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Resources;

/// <summary>
/// Citations with what each source said (quote, locator, credibility, attribution, its own count), which every report
/// record kind has: stored and answered as sent, beside sourceIds; refused field by field; carried by ETags and history.
/// </summary>
public sealed class CitationTests : ApiTest
{
    private const long MissingId = 999_999;

    // The Shafaq News passage the camp figure comes from, with the punctuation a quote brings along.
    private const string ShafaqQuote = "انخفض من 70 ألف شخص عام 2019 إلى نحو 30 ألفاً فقط حالياً، \"معتبرة\" أن\nهذا التراجع";

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_citation_with_every_field_is_answered_as_sent_beside_sourceIds(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var statement = SourceIdOf(payload);
        var relay = await Client.CreateSourceAsync();
        var centcom = await Client.CreateForceAsync();
        var citations = new JsonArray(
            new JsonObject
            {
                ["sourceId"] = relay,
                ["quote"] = ShafaqQuote,
                ["locator"] = "الفقرة 6",
                ["credibility"] = 2,
                ["attributedTo"] = new JsonObject { ["forceId"] = centcom, ["text"] = "القيادة المركزية الأمريكية" },
                ["count"] = Payloads.Count(30000, "approximately"),
            },
            new JsonObject { ["sourceId"] = statement });

        var created = await Client.CreateAsync(resource.Collection, payload.Without("sourceIds").With(("citations", citations)));
        var read = await Client.ReadAsync(resource.Collection, created.Id());

        var ascending = statement < relay ? new[] { statement, relay } : [relay, statement];
        Assert.Equal(Payloads.Ids(ascending).Text(), read["sourceIds"].Text());
        var answered = read["citations"]!.AsArray();
        Assert.Equal(ascending, answered.Select(citation => citation!["sourceId"]!.GetValue<long>()));
        var full = answered.Single(citation => citation!["sourceId"]!.GetValue<long>() == relay)!;
        Assert.Equal(ShafaqQuote, full["quote"]!.GetValue<string>());
        Assert.Equal("الفقرة 6", full["locator"]!.GetValue<string>());
        Assert.Equal(2, full["credibility"]!.GetValue<int>());
        Assert.Equal(new JsonObject { ["forceId"] = centcom, ["text"] = "القيادة المركزية الأمريكية" }.Text(), full["attributedTo"].Text());
        Assert.Equal(new JsonObject { ["best"] = 30000, ["low"] = null, ["high"] = null, ["qualifier"] = "approximately" }.Text(), full["count"].Text());
        var bare = answered.Single(citation => citation!["sourceId"]!.GetValue<long>() == statement)!;
        Assert.Equal(Bare(statement).Text(), bare.Text());
        Assert.True(JsonNode.DeepEquals(created, read), "The answer to the POST is the record as read back.");
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Source_ids_alone_are_citations_with_no_claim_and_beside_citations_both_lists_are_cited(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var first = SourceIdOf(payload);
        var second = await Client.CreateSourceAsync();

        var plain = await Client.CreateAsync(resource.Collection, payload);
        Assert.Equal(new JsonArray(Bare(first)).Text(), plain["citations"].Text());

        var both = await Client.CreateAsync(resource.Collection, payload.Without("externalId").With(
            ("sourceIds", Payloads.Ids(first)),
            ("citations", new JsonArray(new JsonObject { ["sourceId"] = second, ["quote"] = "نحو 30 ألفاً" }))));
        Assert.Equal(Payloads.Ids(first, second).Text(), both["sourceIds"].Text());
        Assert.Equal("نحو 30 ألفاً", both["citations"]![1]!["quote"]!.GetValue<string>());
        Assert.Equal(Bare(first).Text(), both["citations"]![0].Text());
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task Every_citation_rule_answers_400_on_the_field_it_breaks_and_writes_nothing(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = (await resource.NewPayloadAsync(Client)).Without("sourceIds");
        var sourceId = await Client.CreateSourceAsync();
        JsonObject Cite(params (string Field, JsonNode? Value)[] fields) => new JsonObject { ["sourceId"] = sourceId }.With(fields);
        (JsonObject Body, string Field, string Message)[] cases =
        [
            (With(payload, Cite(("quote", ""))), "citations[0].quote", "A quote is the passage's text; leave quote out rather than sending it empty."),
            (With(payload, Cite(("quote", " \n "))), "citations[0].quote", "A quote is the passage's text; leave quote out rather than sending it empty."),
            (With(payload, Cite(("quote", new string('ق', 2001)))), "citations[0].quote",
                "A quote is at most 2000 characters: the passage, not the whole report."),
            (With(payload, Cite(("credibility", 0))), "citations[0].credibility", "credibility is a grade of 1 (confirmed) to 6 (cannot be judged)."),
            (With(payload, Cite(("credibility", 7))), "citations[0].credibility", "credibility is a grade of 1 (confirmed) to 6 (cannot be judged)."),
            (With(payload, Cite(("count", Payloads.Count(5, "approximately", low: 6)))), "citations[0].count.low", "low cannot be greater than best."),
            (With(payload, Cite(("count", Payloads.Count(5, "range", high: 6)))), "citations[0].count.low", "A range needs low."),
            (With(payload, Cite(("attributedTo", new JsonObject()))), "citations[0].attributedTo",
                "Name a forceId, a text or both; leave attributedTo out when the source attributes the claim to nobody."),
            (With(payload, Cite(("attributedTo", new JsonObject { ["text"] = "" }))), "citations[0].attributedTo.text",
                "Leave text out rather than sending it empty."),
            (With(payload, Cite(("attributedTo", new JsonObject { ["forceId"] = 0 }))), "citations[0].attributedTo.forceId",
                "A force id is a positive number."),
            (With(payload, new JsonObject { ["quote"] = "نحو 30 ألفاً" }), "citations[0].sourceId", "sourceId is required: the source cited."),
            (With(payload, Cite(), Cite(("quote", "مرة ثانية"))), "citations[1].sourceId",
                $"Source {sourceId} is cited more than once: cite each source once."),
            (payload.With(("citations", new JsonArray())), "sourceIds", "Cite at least one source, in sourceIds or in citations."),
            (payload.With(("citations", new JsonArray((JsonNode?)null))), "citations[0]", "A citation is an object with a sourceId."),
            (With(payload, new JsonObject { ["sourceId"] = MissingId }), "citations[0].sourceId", $"There is no source with id {MissingId}."),
            (With(payload, Cite(("attributedTo", new JsonObject { ["forceId"] = MissingId }))), "citations[0].attributedTo.forceId",
                $"There is no force with id {MissingId}."),
        ];

        foreach (var (body, field, message) in cases)
        {
            using var response = await Client.PostJsonAsync(resource.Collection, body);
            var problem = await ProblemAssert.IsValidationProblemAsync(response, field);
            Assert.Contains(message, problem.MessagesFor(field));
        }

        using (var unknown = await Client.PostJsonAsync(resource.Collection, With(payload, Cite(("quoted", "x")))))
        {
            await ProblemAssert.IsValidationProblemAsync(unknown, "citations[0].quoted");
        }

        Assert.Equal(0, await StoredRecords.CountAsync(Factory, name));
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_change_to_a_quote_alone_is_a_new_version_in_the_history(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var sourceId = SourceIdOf(payload);
        var quoted = payload.Without("sourceIds").With(("citations", new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = "أكثر من 22 عملية" })));
        var created = await Client.CreateAsync(resource.Collection, quoted);
        var path = resource.PathOf(created.Id());

        using var unchanged = await Client.PutJsonAsync(path, quoted);
        await unchanged.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("\"1\"", unchanged.Headers.ETag!.Tag);

        var requoted = quoted.With(("citations", new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = "22 عملية أمنية", ["credibility"] = 3 })));
        using var changed = await Client.PutJsonAsync(path, requoted);
        await changed.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("\"2\"", changed.Headers.ETag!.Tag);

        var history = await Client.HistoryAsync(path);
        Assert.Equal(["create", "update"], history.Select(entry => entry.Action()));
        Assert.Equal("أكثر من 22 عملية", history[1]["before"]!["citations"]![0]!["quote"]!.GetValue<string>());
        Assert.Equal("22 عملية أمنية", history[1]["after"]!["citations"]![0]!["quote"]!.GetValue<string>());
        Assert.Equal(3, history[1]["after"]!["citations"]![0]!["credibility"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(ResourceCatalogue.ReportNames), MemberType = typeof(ResourceCatalogue))]
    public async Task A_patch_of_sourceIds_keeps_the_claims_of_the_sources_it_still_lists(string name)
    {
        var resource = ResourceCatalogue.Get(name);
        var payload = await resource.NewPayloadAsync(Client);
        var kept = SourceIdOf(payload);
        var dropped = await Client.CreateSourceAsync();
        var added = await Client.CreateSourceAsync();
        var created = await Client.CreateAsync(resource.Collection, payload.Without("sourceIds").With(("citations", new JsonArray(
            new JsonObject { ["sourceId"] = kept, ["quote"] = "نحو 30 ألفاً فقط حالياً" },
            new JsonObject { ["sourceId"] = dropped, ["quote"] = "حوالي 31,000 شخص" }))));

        var patched = await Client.PatchObjectAsync(resource.PathOf(created.Id()), new JsonObject { ["sourceIds"] = Payloads.Ids(kept, added) });

        Assert.Equal(Payloads.Ids(kept, added).Text(), patched["sourceIds"].Text());
        Assert.Equal("نحو 30 ألفاً فقط حالياً", patched["citations"]![0]!["quote"]!.GetValue<string>());
        Assert.Equal(Bare(added).Text(), patched["citations"]![1].Text());

        var replaced = await Client.PatchObjectAsync(resource.PathOf(created.Id()),
            new JsonObject { ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = dropped, ["locator"] = "paragraph 9" }) });
        Assert.Equal(Payloads.Ids(dropped).Text(), replaced["sourceIds"].Text());
        Assert.Equal("paragraph 9", replaced["citations"]![0]!["locator"]!.GetValue<string>());
    }

    private static JsonObject With(JsonObject payload, params JsonObject[] citations) =>
        payload.With(("citations", new JsonArray([.. citations])));

    private static JsonObject Bare(long sourceId) => new()
    {
        ["sourceId"] = sourceId,
        ["quote"] = null,
        ["locator"] = null,
        ["credibility"] = 6,
    };

    private static long SourceIdOf(JsonObject payload) => payload["sourceIds"]!.AsArray()[0]!.GetValue<long>();
}
