using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Definitions;
using OpsTracker.Api.Tests.History;
using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;
using OpsTracker.Api.Tests.Infrastructure.Databases;
using OpsTracker.Api.Tests.Infrastructure.Samples;

namespace OpsTracker.Api.Tests.Persons;

/// <summary>
/// A person's own rules: the name as written, aliases and kunyas that q finds in every case form, a nationality that is
/// an assigned code, roles whose dates are in order and whose force and citations name live records, each role's
/// citations kept with their quotes; arrests and casualties name persons, and a person they name cannot be deleted.
/// </summary>
public sealed class PersonTests : ApiTest
{
    private const string Collection = Paths.Persons;

    [Fact]
    public async Task A_person_reads_back_as_written_with_the_citations_of_each_role()
    {
        var sourceId = await Client.CreateSourceAsync();
        var forceId = await Client.CreateForceAsync();
        var created = await Client.CreateAsync(Collection, Payloads.Person(sourceId, forceId));

        var read = await Client.GetObjectAsync(Paths.Of(Collection, created.Id()));

        Assert.Equal("بهاء مسيري", read["name"]!.GetValue<string>());
        Assert.Equal("""["Bahaa Musiri","أبو عبد الرحمن"]""", read["aliases"].Text());
        Assert.Equal("IQ", read["nationality"]!.GetValue<string>());
        Assert.Equal([sourceId], read["sourceIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        var role = Assert.Single(read["roles"]!.AsArray())!.AsObject();
        Assert.Equal("قيادي في تنظيم داعش", role["title"]!.GetValue<string>());
        Assert.Equal(forceId, role["forceId"]!.GetValue<long>());
        Assert.Null(role["from"]);
        Assert.Equal("2025-11-08", role["to"]!.GetValue<string>());
        var citation = Assert.Single(role["citations"]!.AsArray())!.AsObject();
        Assert.Equal((sourceId, "القيادي في التنظيم بهاء مسيري"), (citation["sourceId"]!.GetValue<long>(), citation["quote"]!.GetValue<string>()));
        Assert.Equal(read.ToJsonString(), Assert.Single(await Client.ListAsync(Collection)).ToJsonString());
    }

    [Fact]
    public async Task Two_sources_that_give_different_ranks_are_two_roles_each_with_its_quote_and_a_change_keeps_the_rest()
    {
        var sputnik = await Client.CreateSourceAsync();
        var shafaq = await Client.CreateSourceAsync();
        var centcom = await Client.CreateForceAsync("US Central Command", "سنتكوم");
        var payload = Payloads.Person(sputnik).With(
            ("name", "براد كوبر"), ("aliases", Payloads.Strings("Brad Cooper")), ("nationality", "US"), ("sourceIds", Payloads.Ids(sputnik, shafaq)),
            ("roles", new JsonArray(Role("الجنرال", centcom, sputnik, "قائد القيادة المركزية الأمريكية الجنرال براد كوبر"),
                Role("الأدميرال", centcom, shafaq, "قائد القيادة المركزية الأمريكية الأدميرال براد كوبر"))));
        var id = await Client.CreateIdAsync(Collection, payload);

        var roles = (await Client.GetObjectAsync(Paths.Of(Collection, id)))["roles"]!.AsArray();
        Assert.Equal(["الجنرال", "الأدميرال"], roles.Select(role => role!["title"]!.GetValue<string>()));
        Assert.Equal([sputnik, shafaq], roles.Select(role => role!["citations"]![0]!["sourceId"]!.GetValue<long>()));
        Assert.Equal([id], await Client.ListIdsAsync(Collection, ListHttp.Search("سنتكوم")));
        Assert.Equal([id], await Client.ListIdsAsync(Collection, $"forceId={centcom}"));

        using (var put = await Client.PutJsonAsync(Paths.Of(Collection, id), payload.With(("roles", new JsonArray(Role("الأدميرال", centcom, shafaq, "الأدميرال براد كوبر"))))))
        {
            await put.AssertStatusAsync(HttpStatusCode.OK);
        }

        var changed = Assert.Single((await Client.GetObjectAsync(Paths.Of(Collection, id)))["roles"]!.AsArray())!;
        Assert.Equal(("الأدميرال", "الأدميرال براد كوبر"), (changed["title"]!.GetValue<string>(), changed["citations"]![0]!["quote"]!.GetValue<string>()));
        Assert.Single(changed["citations"]!.AsArray());
    }

    [Fact]
    public async Task Roles_that_disagree_make_the_person_contested_and_a_change_of_post_or_one_sources_two_titles_do_not()
    {
        var sputnik = await Client.CreateSourceAsync();
        var shafaq = await Client.CreateSourceAsync();
        var centcom = await Client.CreateForceAsync("US Central Command", "سنتكوم");
        var general = Role("الجنرال", centcom, sputnik, "الجنرال براد كوبر");
        var admiral = Role("الأدميرال", centcom, shafaq, "الأدميرال براد كوبر");
        var payload = Payloads.Person(sputnik).With(("name", "براد كوبر"), ("sourceIds", Payloads.Ids(sputnik, shafaq)), ("roles", new JsonArray(general, admiral)));

        var contested = await Client.CreateAsync(Collection, payload);
        var oneSource = await Client.CreateAsync(Collection, payload.With(("externalId", null),
            ("roles", new JsonArray(general.DeepClone(), Role("قائد القيادة المركزية", centcom, sputnik, "قائد القيادة المركزية")))));
        var succession = await Client.CreateAsync(Collection, payload.With(("externalId", null),
            ("roles", new JsonArray(general.DeepClone().AsObject().With(("to", "2024-12-31")), admiral.DeepClone().AsObject().With(("from", "2025-01-01"))))));
        var otherForces = await Client.CreateAsync(Collection, payload.With(("externalId", null),
            ("roles", new JsonArray(general.DeepClone(), Role("الأدميرال", await Client.CreateForceAsync(), shafaq, "الأدميرال")))));

        Assert.Equal("contested", contested["status"]!.GetValue<string>());
        Assert.All(new[] { oneSource, succession, otherForces }, person => Assert.Equal("corroborated", person["status"]!.GetValue<string>()));
        Assert.Equal([contested.Id()], await Client.ListIdsAsync(Collection, "status=contested"));

        using var put = await Client.PutJsonAsync(Paths.Of(Collection, contested.Id()), payload.With(("roles", new JsonArray(admiral.DeepClone()))));
        await put.AssertStatusAsync(HttpStatusCode.OK);
        Assert.Equal("corroborated", (await put.ReadObjectAsync())["status"]!.GetValue<string>());
        Assert.Empty(await Client.ListIdsAsync(Collection, "status=contested"));
    }

    [Fact]
    public async Task Q_finds_a_person_through_any_alias_and_every_case_form_of_a_kunya_in_both_scripts()
    {
        var id = await Client.CreateIdAsync(Collection, Payloads.Person(await Client.CreateSourceAsync())
            .With(("aliases", Payloads.Strings("Bahaa Musiri", "أبو عبد الرحمن", "Abu Abd al-Rahman")), ("notes", null)));
        await Client.CreateIdAsync(Collection, Payloads.Person(await Client.CreateSourceAsync())
            .With(("name", "حمزة المصطفى"), ("aliases", Payloads.Strings("Hamza al-Mustafa")), ("roles", null), ("notes", null)));

        foreach (var text in new[] { "أبو عبد الرحمن", "أبي عبد الرحمن", "ابا عبد الرحمن", "بهاء مسيري", "bahaa musiri", "Abi Abd", "مسيري" })
        {
            Assert.True((await Client.ListIdsAsync(Collection, ListHttp.Search(text))).SequenceEqual([id]), $"q={text} does not find the person.");
        }
    }

    [Fact]
    public async Task A_role_that_ends_before_it_starts_or_names_a_missing_or_deleted_record_is_refused_by_its_field()
    {
        var sourceId = await Client.CreateSourceAsync();
        var deleted = await Client.CreateForceAsync();
        using (var delete = await Client.DeleteAsync(Paths.Of(Paths.Forces, deleted)))
        {
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        var backwards = await AssertRefusedAsync(Payloads.Person(sourceId).With(("roles", new JsonArray(new JsonObject
        {
            ["title"] = "الجنرال",
            ["from"] = "2025-11-01",
            ["to"] = "2025-10-01",
        }))), "roles[0].to");
        Assert.Equal(["to cannot be before from."], backwards.MessagesFor("roles[0].to"));

        var missing = await AssertRefusedAsync(Payloads.Person(sourceId).With(("roles", new JsonArray(
            new JsonObject { ["title"] = "وزير الإعلام", ["forceId"] = 999_999 },
            new JsonObject { ["title"] = "الجنرال", ["forceId"] = deleted, ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = 888_888 }) }))),
            "roles[0].forceId", "roles[1].forceId", "roles[1].citations[0].sourceId");
        Assert.Equal(["There is no force with id 999999."], missing.MessagesFor("roles[0].forceId"));
        Assert.Equal([$"There is no force with id {deleted}."], missing.MessagesFor("roles[1].forceId"));

        await AssertRefusedAsync(Payloads.Person(sourceId).With(("roles", new JsonArray(new JsonObject { ["title"] = "" }))), "roles[0].title");
        await AssertRefusedAsync(Payloads.Person(sourceId).With(("nationality", "XX"), ("name", null)), "nationality", "name");
        await AssertRefusedAsync(Payloads.Person(sourceId).Without("sourceIds"), "sourceIds");
        Assert.Equal(0, await Client.CountAsync(Collection));
    }

    [Fact]
    public async Task Persons_are_filtered_by_nationality_and_sorted_by_name()
    {
        var sourceId = await Client.CreateSourceAsync();
        var iraqi = await Client.CreateIdAsync(Collection, Payloads.Person(sourceId).With(("name", "بهاء مسيري")));
        var syrian = await Client.CreateIdAsync(Collection, Payloads.Person(sourceId).With(("name", "إبراهيم علبي"), ("nationality", "SY"), ("roles", null)));

        Assert.Equal([syrian], await Client.ListIdsAsync(Collection, "nationality=SY"));
        Assert.Equal([iraqi, syrian], await Client.ListIdsAsync(Collection, "nationality=IQ,SY&sort=-name"));
        await Client.AssertRefusedAsync($"{Collection}?nationality=Syria", "nationality");
    }

    [Fact]
    public async Task Q_on_arrests_and_casualties_finds_the_records_naming_a_person_through_the_persons_names_and_kunya_forms()
    {
        var sourceId = await Client.CreateSourceAsync();
        var person = await Client.CreateIdAsync(Collection, Payloads.Person(sourceId)
            .With(("name", "بهاء مسيري"), ("aliases", Payloads.Strings("Bahaa Musiri", "أبو عبد الرحمن")), ("roles", null), ("notes", null)));
        var arrest = await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("personIds", Payloads.Ids(person)), ("notes", null)));
        var casualty = await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("personIds", Payloads.Ids(person)), ("notes", null)));
        await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("notes", null)));
        await Client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("notes", null)));

        foreach (var text in new[] { "أبي عبد الرحمن", "ابا عبد الرحمن", "بهاء مسيري", "bahaa musiri" })
        {
            Assert.True((await Client.ListIdsAsync(Paths.Arrests, ListHttp.Search(text))).SequenceEqual([arrest]), $"q={text} on arrests");
            Assert.True((await Client.ListIdsAsync(Paths.Casualties, ListHttp.Search(text))).SequenceEqual([casualty]), $"q={text} on casualties");
        }
    }

    [Fact]
    public async Task Arrests_and_casualties_name_persons_who_then_cannot_be_deleted_until_they_no_longer_do()
    {
        var sourceId = await Client.CreateSourceAsync();
        var person = await Client.CreatePersonAsync(sourceId);
        var arrest = await Client.CreateAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("personIds", Payloads.Ids(person))));
        var casualty = await Client.CreateAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("personIds", Payloads.Ids(person))));

        Assert.Equal([person], arrest["personIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        Assert.Equal([person], casualty["personIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        Assert.Equal([arrest.Id()], await Client.ListIdsAsync(Paths.Arrests, $"personId={person}"));
        Assert.Equal([casualty.Id()], await Client.ListIdsAsync(Paths.Casualties, $"personId={person}"));

        using (var refused = await Client.DeleteAsync(Paths.Of(Collection, person)))
        {
            await ProblemAssert.IsDeleteRefusedAsync(refused, "1 casualty records", "1 arrest records");
        }

        using (var missing = await Client.PostJsonAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("personIds", Payloads.Ids(person, 777_777)), ("count", Payloads.Count(2)))))
        {
            var problem = await ProblemAssert.IsValidationProblemAsync(missing, "personIds[1]");
            Assert.Equal(["There is no person with id 777777."], problem.MessagesFor("personIds[1]"));
        }

        using (var tooFew = await Client.PostJsonAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("personIds", Payloads.Ids(person, person + 0)), ("count", Payloads.Count(1)))))
        {
            await tooFew.AssertStatusAsync(HttpStatusCode.BadRequest);
        }

        foreach (var (path, record) in new[] { (Paths.Arrests, arrest), (Paths.Casualties, casualty) })
        {
            using var delete = await Client.DeleteAsync(Paths.Of(path, record.Id()));
            await delete.AssertStatusAsync(HttpStatusCode.NoContent);
        }

        using var allowed = await Client.DeleteAsync(Paths.Of(Collection, person));
        await allowed.AssertStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task The_records_of_a_person_are_every_arrest_and_casualty_naming_them_bounded_per_kind()
    {
        var sourceId = await Client.CreateSourceAsync();
        var person = await Client.CreatePersonAsync(sourceId);
        var other = await Client.CreatePersonAsync(sourceId);
        var arrests = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            arrests.Add(await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("personIds", Payloads.Ids(person)))));
        }

        await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("personIds", Payloads.Ids(other))));
        var casualty = await Client.CreateAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("personIds", Payloads.Ids(person, other)), ("count", Payloads.Count(2))));

        var records = await Client.GetObjectAsync($"{Paths.Of(Collection, person)}/records?limit=2");

        Assert.Equal(person, records["personId"]!.GetValue<long>());
        var kinds = records["kinds"]!.AsArray().ToDictionary(kind => kind!["kind"]!.GetValue<string>(), kind => kind!.AsObject());
        Assert.Equal(["casualties", "arrests", "statements"], kinds.Keys);
        Assert.Equal(0, kinds["statements"]["totalCount"]!.GetValue<int>());
        Assert.Equal("""["personId","about"]""", kinds["statements"]["fields"]!.ToJsonString());
        Assert.Equal(3, kinds["arrests"]["totalCount"]!.GetValue<int>());
        Assert.Equal(arrests.Take(2), kinds["arrests"]["records"]!.AsArray().Select(record => record!["id"]!.GetValue<long>()));
        Assert.Equal("""["personIds"]""", kinds["arrests"]["fields"]!.ToJsonString());
        var named = Assert.Single(kinds["casualties"]["records"]!.AsArray())!;
        Assert.Equal(casualty.ToJsonString(), named.ToJsonString());

        using (var missing = await Client.GetAsync($"{Paths.Of(Collection, 999_999)}/records"))
        {
            await ProblemAssert.IsNotFoundAsync(missing, "person", 999_999);
        }

        await Client.AssertRefusedAsync($"{Paths.Of(Collection, person)}/records?limit=0", "limit");
    }

    [Fact]
    public async Task The_records_of_a_person_include_what_they_said_and_the_statements_about_them_once_each()
    {
        var sourceId = await Client.CreateSourceAsync();
        var person = await Client.CreatePersonAsync(sourceId);
        var other = await Client.CreatePersonAsync(sourceId);
        var said = await Client.CreateIdAsync(Paths.Statements, StatementSamples.Payload(sourceId, person));
        var about = await Client.CreateIdAsync(Paths.Statements, StatementSamples.Payload(sourceId, other, StatementSamples.About("persons", person)));
        var both = await Client.CreateIdAsync(Paths.Statements, StatementSamples.Payload(sourceId, person, StatementSamples.About("persons", person)));
        await Client.CreateIdAsync(Paths.Statements, StatementSamples.Payload(sourceId, other));
        (await Client.DeleteAsync(Paths.Of(Paths.Statements, both))).Dispose();

        var records = await Client.GetObjectAsync($"{Paths.Of(Collection, person)}/records");
        var statements = records["kinds"]!.AsArray().Single(kind => kind!["kind"]!.GetValue<string>() == "statements")!;

        Assert.Equal(2, statements["totalCount"]!.GetValue<int>());
        Assert.Equal([said, about], statements["records"]!.AsArray().Select(record => record!["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task A_csv_import_reads_the_roles_as_json_cells_as_the_export_writes_them()
    {
        var sourceId = await Client.CreateSourceAsync();
        var forceId = await Client.CreateForceAsync();
        var roles = $$"""[{"title":"قيادي في تنظيم داعش","forceId":{{forceId}},"from":null,"to":"2025-11-08","citations":[{"sourceId":{{sourceId}},"quote":"القيادي في التنظيم بهاء مسيري"}]}]""";
        var csv = "externalId,name,aliases,nationality,sourceIds,roles,notes\n"
            + $"csv:person,بهاء مسيري,Bahaa Musiri;أبو عبد الرحمن,IQ,{sourceId},\"{roles.Replace("\"", "\"\"", StringComparison.Ordinal)}\",\n";

        ImportHttp.AssertReport(await Client.ImportOkAsync("persons", csv, ImportHttp.Csv), inserted: 1);

        var imported = Assert.Single(await Client.AllAsync("persons"));
        Assert.Equal("""["Bahaa Musiri","أبو عبد الرحمن"]""", imported["aliases"].Text());
        var role = Assert.Single(imported["roles"]!.AsArray())!;
        Assert.Equal((forceId, "القيادي في التنظيم بهاء مسيري"), (role["forceId"]!.GetValue<long>(), role["citations"]![0]!["quote"]!.GetValue<string>()));
        var exported = CsvTable.Parse(await Client.ExportCsvAsync("persons"));
        Assert.Equal("Bahaa Musiri;أبو عبد الرحمن", exported.Cell(0, "aliases"));
        Assert.Equal("القيادي في التنظيم بهاء مسيري",
            JsonNode.Parse(exported.Cell(0, "roles"))![0]!["citations"]![0]!["quote"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_migration_moves_each_distinct_arrested_person_into_a_person_the_arrests_then_name()
    {
        var sourceId = await Client.CreateSourceAsync();
        var named = Payloads.Arrest(sourceId).With(("personName", "بهاء مسيري"), ("personAlias", "أبو عبد الرحمن"), ("personNationality", "IQ"),
            ("personRole", "قيادي في تنظيم داعش"), ("count", Payloads.Count(1, "exact")));
        var first = await Client.CreateIdAsync(Paths.Arrests, named);
        var second = await Client.CreateIdAsync(Paths.Arrests, named.With(("externalId", Payloads.Unique("test:arrest"))));
        var aliasOnly = await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("personAlias", "أبو محمد"), ("count", Payloads.Count(1, "exact"))));
        var unnamed = await Client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId));

        await using (var db = Factory.CreateDbContext())
        {
            await MigrationRedo.RedoAsync(db, "Persons", "Persons");

            // What the API's start-up runs after the migrations.
            await PersonSearchTextBackfill.RunAsync(db);
            await MigratedPersonsAudit.RunAsync(db, Factory.Services.GetRequiredService<RecordKinds>());
            await MigratedPersonsAudit.RunAsync(db, Factory.Services.GetRequiredService<RecordKinds>());
        }

        var persons = await Client.ListAsync(Collection, "sort=id");
        Assert.Equal(2, persons.Count);
        var bahaa = persons[0];
        Assert.Equal(("بهاء مسيري", """["أبو عبد الرحمن"]""", "IQ"),
            (bahaa["name"]!.GetValue<string>(), bahaa["aliases"].Text(), bahaa["nationality"]!.GetValue<string>()));
        Assert.Equal("قيادي في تنظيم داعش", bahaa["roles"]![0]!["title"]!.GetValue<string>());
        Assert.Equal([sourceId], bahaa["sourceIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        Assert.Equal(("أبو محمد", "[]"), (persons[1]["name"]!.GetValue<string>(), persons[1]["aliases"]!.ToJsonString()));

        Assert.Equal([first, second], await Client.ListIdsAsync(Paths.Arrests, $"personId={bahaa.Id()}&sort=id"));
        Assert.Equal([aliasOnly], await Client.ListIdsAsync(Paths.Arrests, $"personId={persons[1].Id()}"));
        Assert.Empty((await Client.GetObjectAsync(Paths.Of(Paths.Arrests, unnamed)))["personIds"]!.AsArray());
        var moved = await Client.GetObjectAsync(Paths.Of(Paths.Arrests, first));
        Assert.Equal(("بهاء مسيري", "أبو عبد الرحمن"), (moved["personName"]!.GetValue<string>(), moved["personAlias"]!.GetValue<string>()));
        Assert.Equal([bahaa.Id()], await Client.ListIdsAsync(Collection, ListHttp.Search("أبي عبد الرحمن")));

        // Each migrated person's history starts with its creation, once, by the migration, as a GET answers it.
        var history = await Client.HistoryAsync(Paths.Of(Collection, bahaa.Id()));
        var created = Assert.Single(history);
        Assert.Equal(("create", MigratedPersonsAudit.KeyName, 1L), (created.Action(), created["keyName"]!.GetValue<string>(), created["version"]!.GetValue<long>()));
        Assert.Equal(bahaa.Text(), created["after"].Text());

        var next = await Client.CreateIdAsync(Collection, Payloads.Person(sourceId));
        Assert.True(next > persons[1].Id(), "A person created after the migration reuses a migrated person's id.");
    }

    private static JsonObject Role(string title, long forceId, long sourceId, string quote) => new()
    {
        ["title"] = title,
        ["forceId"] = forceId,
        ["citations"] = new JsonArray(new JsonObject { ["sourceId"] = sourceId, ["quote"] = quote }),
    };

    private async Task<ApiProblem> AssertRefusedAsync(JsonObject body, params string[] fields)
    {
        using var response = await Client.PostJsonAsync(Collection, body);
        return await ProblemAssert.IsValidationProblemAsync(response, fields);
    }
}
