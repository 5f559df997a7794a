using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.Statements;

/// <summary>
/// A statement's own rules: its words kept byte for byte, a speaker or else the words and whom a citation credits them
/// to, about links to records of every registered kind that must be live when made and stay as made when their target
/// is deleted later, its filters, and q through the names of its speaker and of what it is about.
/// </summary>
public sealed class StatementTests : ApiTest
{
    private const string Collection = StatementSamples.Collection;

    private const string TrendQuote =
        "انخفضت وتيرة عدد هجمات التنظيم الكبيرة مقارنة بفترات الذروة (2014–2017)، لكن ظلت هناك هجمات متفرقة وخلايا نائمة في 2024–2025";

    [Fact]
    public async Task A_statement_reads_back_as_written_its_quote_byte_for_byte_and_its_about_links_in_order()
    {
        var sourceId = await Client.CreateSourceAsync();
        var personId = await Client.CreatePersonAsync(sourceId);
        var forceId = await Client.CreateForceAsync();
        var campId = await Client.CreateCampAsync();
        var operationId = await Client.CreateOperationAsync(sourceId);
        var payload = StatementSamples.Payload(sourceId, personId,
            StatementSamples.About("forces", forceId), StatementSamples.About("operations", operationId), StatementSamples.About("camps", campId));

        var created = await Client.CreateAsync(Collection, payload);
        var read = await Client.GetObjectAsync(Paths.Of(Collection, created.Id()));

        Assert.Equal(Encoding.UTF8.GetBytes(payload["quote"]!.GetValue<string>()), Encoding.UTF8.GetBytes(read["quote"]!.GetValue<string>()));
        Assert.Equal((personId, "2025-11-12", "day", "interview"),
            (read["personId"]!.GetValue<long>(), read["madeOn"]!.GetValue<string>(), read["datePrecision"]!.GetValue<string>(), read["medium"]!.GetValue<string>()));
        Assert.Equal($$"""[{"kind":"forces","id":{{forceId}}},{"kind":"operations","id":{{operationId}}},{"kind":"camps","id":{{campId}}}]""", read["about"].Text());
        Assert.Equal(payload["citations"]![0]!["quote"]!.GetValue<string>(), read["citations"]![0]!["quote"]!.GetValue<string>());
        Assert.Equal(read.ToJsonString(), Assert.Single(await Client.ListAsync(Collection)).ToJsonString());
    }

    [Fact]
    public async Task Without_madeOn_a_statement_is_undated_and_its_medium_defaults_to_other()
    {
        var payload = StatementSamples.Payload(await Client.CreateSourceAsync(), await Client.CreatePersonAsync()).Without("madeOn", "datePrecision", "medium");

        var read = await Client.CreateAsync(Collection, payload);

        Assert.Equal(("null", "null", "other"), (read["madeOn"].Text(), read["datePrecision"].Text(), read["medium"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_remark_no_one_is_named_for_is_stored_by_its_quote_and_the_citation_that_says_whom_the_report_credits()
    {
        var sourceId = await Client.CreateSourceAsync();
        var payload = Unattributed(sourceId).With(("citations", new JsonArray(new JsonObject
        {
            ["sourceId"] = sourceId,
            ["quote"] = $"حيث {TrendQuote} وذلك حسب التقارير السنوية",
            ["attributedTo"] = new JsonObject { ["text"] = "التقارير السنوية" },
        })));

        var read = await Client.CreateAsync(Collection, payload);

        Assert.Equal(TrendQuote, read["quote"]!.GetValue<string>());
        Assert.Equal(("null", "null"), (read["personId"].Text(), read["forceId"].Text()));
        Assert.Equal("التقارير السنوية", read["citations"]![0]!["attributedTo"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_statement_with_neither_speaker_nor_quote_or_with_no_one_credited_is_refused_naming_the_field_and_nothing_is_written()
    {
        var sourceId = await Client.CreateSourceAsync();

        using (var noSpeakerNoQuote = await Client.PostJsonAsync(Collection, Unattributed(sourceId).With(("quote", null))))
        {
            await ProblemAssert.IsValidationProblemAsync(noSpeakerNoQuote, "quote");
        }

        using (var blankQuote = await Client.PostJsonAsync(Collection, Unattributed(sourceId).With(("quote", "  "))))
        {
            await ProblemAssert.IsValidationProblemAsync(blankQuote, "quote");
        }

        using (var noOneCredited = await Client.PostJsonAsync(Collection, Unattributed(sourceId)))
        {
            await ProblemAssert.IsValidationProblemAsync(noOneCredited, "citations");
        }

        // A force alone is a speaker: a command's press release needs no person.
        await Client.CreateAsync(Collection, Unattributed(sourceId).With(("forceId", await Client.CreateForceAsync()), ("quote", null)));
        Assert.Equal(1, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task Unknown_enum_values_a_precision_without_a_date_and_missing_speakers_are_refused_naming_the_field()
    {
        var sourceId = await Client.CreateSourceAsync();
        var personId = await Client.CreatePersonAsync(sourceId);

        using (var medium = await Client.PostJsonAsync(Collection, StatementSamples.Payload(sourceId, personId).With(("medium", "tweet"))))
        {
            await ProblemAssert.IsValidationProblemAsync(medium, "medium");
        }

        using (var precision = await Client.PostJsonAsync(Collection, StatementSamples.Payload(sourceId, personId).With(("madeOn", null))))
        {
            await ProblemAssert.IsValidationProblemAsync(precision, "datePrecision");
        }

        using (var speakers = await Client.PostJsonAsync(Collection, StatementSamples.Payload(sourceId, 999_999).With(("forceId", 999_998))))
        {
            await ProblemAssert.IsValidationProblemAsync(speakers, "personId", "forceId");
        }

        Assert.Equal(0, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task An_about_link_to_an_unknown_kind_a_missing_or_deleted_record_or_twice_the_same_record_is_refused_naming_the_entry()
    {
        var sourceId = await Client.CreateSourceAsync();
        var personId = await Client.CreatePersonAsync(sourceId);
        var forceId = await Client.CreateForceAsync();
        var deletedCamp = await Client.CreateCampAsync();
        using (var delete = await Client.DeleteAsync(Paths.Of(Paths.Camps, deletedCamp)))
        {
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        var forces = StatementSamples.About("forces", forceId);
        var cases = new (JsonObject Second, string Field)[]
        {
            (StatementSamples.About("ministries", 1), "about[1].kind"),
            (StatementSamples.About("Forces", forceId), "about[1].kind"),
            (new JsonObject { ["id"] = forceId }, "about[1].kind"),
            (new JsonObject { ["kind"] = "forces" }, "about[1].id"),
            (StatementSamples.About("forces", 0), "about[1].id"),
            (StatementSamples.About("forces", 999_999), "about[1].id"),
            (StatementSamples.About("camps", deletedCamp), "about[1].id"),
            (StatementSamples.About("forces", forceId), "about[1]"),
        };
        foreach (var (second, field) in cases)
        {
            using var refused = await Client.PostJsonAsync(Collection, StatementSamples.Payload(sourceId, personId, (JsonObject)forces.DeepClone(), second));
            var problem = await ProblemAssert.IsValidationProblemAsync(refused, field);
            if (field == "about[1].kind" && second["kind"] is not null)
            {
                // The kinds a statement may be about are the registered kinds, whatever is registered.
                Assert.Contains(string.Join(", ", ResourceRegistration.Paths), problem.Errors[field][0]);
            }
        }

        Assert.Equal(0, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task A_statement_may_be_about_a_record_of_any_kind_even_another_statement_but_not_about_itself()
    {
        var sourceId = await Client.CreateSourceAsync();
        var personId = await Client.CreatePersonAsync(sourceId);
        var first = await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, personId));
        var answer = await Client.CreateAsync(Collection, StatementSamples.Payload(sourceId, personId,
            StatementSamples.About("statements", first), StatementSamples.About("sources", sourceId), StatementSamples.About("persons", personId)));

        Assert.Equal(3, answer["about"]!.AsArray().Count);
        var payload = StatementSamples.Payload(sourceId, personId, StatementSamples.About("statements", answer.Id()));
        using var itself = await Client.PutJsonAsync(Paths.Of(Collection, answer.Id()), payload);
        await ProblemAssert.IsValidationProblemAsync(itself, "about[0].id");
    }

    [Fact]
    public async Task A_target_deleted_later_stays_linked_as_it_was_made_the_statement_unchanged_and_a_new_link_to_it_is_refused()
    {
        var sourceId = await Client.CreateSourceAsync();
        var personId = await Client.CreatePersonAsync(sourceId);
        var operationId = await Client.CreateOperationAsync(sourceId);
        var forceId = await Client.CreateForceAsync();
        var statementId = await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, personId, StatementSamples.About("operations", operationId)));
        var (before, etag) = await Client.GetWithETagAsync(Paths.Of(Collection, statementId));

        // Being talked about holds no record: the operation is deleted as if no statement named it.
        using (var delete = await Client.DeleteAsync(Paths.Of(Paths.Operations, operationId)))
        {
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        var (after, etagAfter) = await Client.GetWithETagAsync(Paths.Of(Collection, statementId));
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
        Assert.Equal(etag, etagAfter);
        Assert.Equal([statementId], await Client.ListIdsAsync(Collection, $"about=operations:{operationId}"));

        // A write that keeps the link is accepted (a merge patch of the notes reads the stored links back as the request).
        await Client.PatchObjectAsync(Paths.Of(Collection, statementId), new JsonObject { ["notes"] = "Checked." });

        Assert.Equal("Checked.", (await Client.GetObjectAsync(Paths.Of(Collection, statementId)))["notes"]!.GetValue<string>());

        using (var keep = await Client.PutJsonAsync(Paths.Of(Collection, statementId), after.AsBody().With(("about", new JsonArray(
            StatementSamples.About("forces", forceId), StatementSamples.About("operations", operationId))))))
        {
            await keep.AssertStatusAsync(HttpStatusCode.OK);
        }

        // A new statement, or a new link, may not name the deleted record.
        using (var fresh = await Client.PostJsonAsync(Collection, StatementSamples.Payload(sourceId, personId, StatementSamples.About("operations", operationId))))
        {
            await ProblemAssert.IsValidationProblemAsync(fresh, "about[0].id");
        }

        Assert.Equal(1, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task The_speaker_cannot_be_deleted_while_the_statement_names_it()
    {
        var sourceId = await Client.CreateSourceAsync();
        var personId = await Client.CreatePersonAsync(sourceId);
        await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, personId));

        using var delete = await Client.DeleteAsync(Paths.Of(Paths.Persons, personId));

        await ProblemAssert.IsDeleteRefusedAsync(delete, "1 statements");
        var records = await Client.GetObjectAsync($"{Paths.Of(Paths.Persons, personId)}/records");
        var statements = records["kinds"]!.AsArray().Single(kind => kind!["kind"]!.GetValue<string>() == "statements")!;
        Assert.Equal(("""["personId","about"]""", 1), (statements["fields"].Text(), statements["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Q_finds_a_statement_through_its_speakers_names_aliases_and_kunyas_in_both_scripts_and_through_what_it_is_about()
    {
        var sourceId = await Client.CreateSourceAsync();
        var minister = await Client.CreateIdAsync(Paths.Persons, Payloads.Person(sourceId)
            .With(("name", "حمزة المصطفى"), ("aliases", Payloads.Strings("Hamza al-Mustafa", "أبو محمد")), ("roles", null), ("notes", null)));
        var centcom = await Client.CreateForceAsync("US Central Command", "سنتكوم");
        var alHol = await Client.CreateCampAsync("al-Hol", "الهول");
        var coalition = await Client.CreateForceAsync("Global Coalition", "التحالف الدولي");
        var byMinister = await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, minister).With(("notes", null)));
        var byCentcom = await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, null).With(("forceId", centcom), ("notes", null)));
        var aboutCampAndCoalition = await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, null,
            StatementSamples.About("camps", alHol), StatementSamples.About("forces", coalition)).With(("forceId", centcom), ("notes", null)));
        var aboutMinister = await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, null,
            StatementSamples.About("persons", minister)).With(("forceId", coalition), ("notes", null)));

        var expected = new Dictionary<string, long[]>
        {
            ["حمزة المصطفى"] = [byMinister, aboutMinister],
            ["hamza al-mustafa"] = [byMinister, aboutMinister],
            ["أبي محمد"] = [byMinister, aboutMinister],
            ["سنتكوم"] = [byCentcom, aboutCampAndCoalition],
            ["الهول"] = [aboutCampAndCoalition],
            ["التحالف الدولي"] = [aboutCampAndCoalition, aboutMinister],
            ["العزم المتأصل"] = [byMinister, byCentcom, aboutCampAndCoalition, aboutMinister],
        };
        foreach (var (text, ids) in expected)
        {
            var found = await Client.ListIdsAsync(Collection, ListHttp.Search(text));
            Assert.True(found.Order().SequenceEqual(ids.Order()), $"q={text} found [{string.Join(", ", found)}], not [{string.Join(", ", ids)}].");
        }
    }

    [Fact]
    public async Task The_list_filters_by_speaker_medium_date_and_what_statements_are_about()
    {
        var sourceId = await Client.CreateSourceAsync();
        var personId = await Client.CreatePersonAsync(sourceId);
        var forceId = await Client.CreateForceAsync();
        var campId = await Client.CreateCampAsync();
        var interview = await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, personId, StatementSamples.About("forces", forceId)));
        var post = await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, null, StatementSamples.About("camps", campId))
            .With(("forceId", forceId), ("medium", "socialMedia"), ("madeOn", "2025-11-11")));
        var undated = await Client.CreateIdAsync(Collection, StatementSamples.Payload(sourceId, personId).With(("madeOn", null), ("datePrecision", null)));

        Assert.Equal([interview, undated], await Client.ListIdsAsync(Collection, $"personId={personId}"));
        Assert.Equal([post], await Client.ListIdsAsync(Collection, $"forceId={forceId}"));
        Assert.Equal([post], await Client.ListIdsAsync(Collection, "medium=socialMedia"));
        Assert.Equal([interview], await Client.ListIdsAsync(Collection, "from=2025-11-12"));
        Assert.Equal([post], await Client.ListIdsAsync(Collection, "to=2025-11-11"));
        Assert.Equal([interview], await Client.ListIdsAsync(Collection, $"about=forces:{forceId}"));
        Assert.Equal([interview, post], await Client.ListIdsAsync(Collection, $"about=forces:{forceId},camps"));
        Assert.Equal([interview, post], await Client.ListIdsAsync(Collection, "sort=-madeOn&from=2025-01-01"));
        await Client.AssertRefusedAsync($"{Collection}?about=ministries", "about");
        await Client.AssertRefusedAsync($"{Collection}?about=forces:x", "about");
        await Client.AssertRefusedAsync($"{Collection}?medium=tweet", "medium");
    }

    [Fact]
    public async Task A_statement_two_independent_sources_report_is_corroborated_until_one_turns_out_to_relay_the_other()
    {
        var first = await Client.CreateSourceAsync();
        var second = await Client.CreateSourceAsync();
        var personId = await Client.CreatePersonAsync(first);
        var single = await Client.CreateAsync(Collection, StatementSamples.Payload(first, personId));
        var both = await Client.CreateAsync(Collection, StatementSamples.Payload(first, personId).With(("sourceIds", Payloads.Ids(first, second))));

        Assert.Equal(("singleSource", "corroborated"), (single["status"]!.GetValue<string>(), both["status"]!.GetValue<string>()));
        Assert.Equal([both.Id()], await Client.ListIdsAsync(Collection, "status=corroborated"));

        // The second source relays the first: no longer a confirmation, and the stored status follows (set in SQL).
        using (var relay = await Client.PutJsonAsync(Paths.Of(Paths.Sources, second), Payloads.Source().With(("relaysSourceIds", Payloads.Ids(first)))))
        {
            await relay.AssertStatusAsync(HttpStatusCode.OK);
        }

        Assert.Equal("singleSource", (await Client.GetObjectAsync(Paths.Of(Collection, both.Id())))["status"]!.GetValue<string>());
        Assert.Empty(await Client.ListIdsAsync(Collection, "status=corroborated"));
    }

    /// <summary>The annual reports' trend as Shafaq News gives it: no speaker, cited without attribution (which is refused).</summary>
    private static JsonObject Unattributed(long sourceId) => StatementSamples.Payload(sourceId, null)
        .With(("madeOn", null), ("datePrecision", null), ("medium", "other"), ("quote", TrendQuote), ("sourceIds", null),
            ("citations", new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = TrendQuote })));
}
