using OpsTracker.Api.Tests.Imports;
using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Persons;

/// <summary>
/// The sample data holds the persons the seed reports name, each with the rank or post each report gives them in its
/// words: the arrested ISIS leader (linked to his arrest), CENTCOM's commander with the two ranks the reports disagree on,
/// Syria's information minister and its UN envoy.
/// </summary>
public sealed class PersonSampleDataTests() : ApiTest(new ApiFactory().WithSampleData())
{
    [Fact]
    public async Task The_arrested_leader_is_a_person_his_arrest_names_found_by_his_kunya_in_every_case_form()
    {
        var persons = await Client.AllAsync("persons");
        var bahaa = persons.Single(person => person["externalId"]!.GetValue<string>() == "sample:person:bahaa-musiri");
        var arrest = (await Client.AllAsync("arrests")).Single(record => record["externalId"]!.GetValue<string>() == "sample:arrest:bahaa-musiri");

        Assert.Equal([bahaa.Id()], arrest["personIds"]!.AsArray().Select(id => id!.GetValue<long>()));
        Assert.Equal("بهاء مسيري", arrest["personName"]!.GetValue<string>());
        foreach (var text in new[] { "أبو عبد الرحمن", "أبي عبد الرحمن", "بهاء مسيري", "Bahaa Musiri" })
        {
            Assert.Equal([bahaa.Id()], await Client.ListIdsAsync(Paths.Persons, ListHttp.Search(text)));
        }
    }

    [Fact]
    public async Task Centcoms_commander_has_the_two_ranks_the_reports_give_each_with_its_reports_words()
    {
        var sources = (await Client.AllAsync("sources")).ToDictionary(source => source["externalId"]!.GetValue<string>(), source => source.Id());
        var centcom = (await Client.AllAsync("forces")).Single(force => force["externalId"]!.GetValue<string>() == "sample:force:centcom");
        var cooper = (await Client.AllAsync("persons")).Single(person => person["externalId"]!.GetValue<string>() == "sample:person:brad-cooper");

        var roles = cooper["roles"]!.AsArray().Select(role => (
            Title: role!["title"]!.GetValue<string>(),
            ForceId: role["forceId"]!.GetValue<long>(),
            Source: role["citations"]![0]!["sourceId"]!.GetValue<long>(),
            Quote: role["citations"]![0]!["quote"]!.GetValue<string>())).ToList();

        Assert.Equal(
        [
            ("الجنرال", centcom.Id(), sources["sample:source:sputnik-arabic-2025-11-13"], "قائد \"سنتكوم\"، الجنرال براد كوبر"),
            ("الأدميرال", centcom.Id(), sources["sample:source:shafaq-news-2025-11-13"], "قائد القيادة المركزية الأميركية، الأدميرال براد كوبر"),
        ], roles);
        Assert.Contains(cooper.Id(), await Client.ListIdsAsync(Paths.Persons, $"forceId={centcom.Id()}"));

        // The two ranks are claims that disagree, so the person is contested like any other claim.
        Assert.Equal("contested", cooper["status"]!.GetValue<string>());
        Assert.Equal([cooper.Id()], await Client.ListIdsAsync(Paths.Persons, "status=contested"));
    }

    [Fact]
    public async Task Syrias_information_minister_and_un_envoy_are_persons_with_their_posts()
    {
        var persons = (await Client.AllAsync("persons")).ToDictionary(person => person["name"]!.GetValue<string>());

        Assert.Equal("وزير الإعلام السوري", persons["حمزة المصطفى"]["roles"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(2, persons["حمزة المصطفى"]["roles"]![0]!["citations"]!.AsArray().Count);
        Assert.Equal("مندوب سوريا الدائم لدى الأمم المتحدة", persons["إبراهيم علبي"]["roles"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(["SY", "SY"], new[] { persons["حمزة المصطفى"], persons["إبراهيم علبي"] }.Select(person => person["nationality"]!.GetValue<string>()));
        Assert.Equal(6, persons.Count);
    }

    [Fact]
    public async Task Syrias_president_has_the_title_each_report_gives_him_and_his_interview_is_his_statement()
    {
        var sources = (await Client.AllAsync("sources")).ToDictionary(source => source["externalId"]!.GetValue<string>(), source => source.Id());
        var government = (await Client.AllAsync("forces")).Single(force => force["externalId"]!.GetValue<string>() == "sample:force:syrian-government");
        var sharaa = (await Client.AllAsync("persons")).Single(person => person["externalId"]!.GetValue<string>() == "sample:person:ahmed-al-sharaa");

        Assert.Equal("أحمد الشرع", sharaa["name"]!.GetValue<string>());
        Assert.Equal(
        [
            ("الرئيس السوري", government.Id(), sources["sample:source:sputnik-arabic-2025-11-13"], "الرئيس السوري أحمد الشرع"),
            ("الرئيس السوري في المرحلة الانتقالية", government.Id(), sources["sample:source:shafaq-news-2025-11-13"], "الرئيس السوري في المرحلة الانتقالية أحمد الشرع"),
        ], sharaa["roles"]!.AsArray().Select(role => (
            role!["title"]!.GetValue<string>(),
            role["forceId"]!.GetValue<long>(),
            role["citations"]![0]!["sourceId"]!.GetValue<long>(),
            role["citations"]![0]!["quote"]!.GetValue<string>())));

        var records = await Client.GetObjectAsync($"{Paths.Of(Paths.Persons, sharaa.Id())}/records");
        var statements = records["kinds"]!.AsArray().Single(kind => kind!["kind"]!.GetValue<string>() == "statements")!;
        // What he said, and what others said about him (their about links name him).
        var said = statements["records"]!.AsArray().Where(record => record!["personId"]?.GetValue<long>() == sharaa.Id()).ToList();
        Assert.All(statements["records"]!.AsArray().Except(said), record =>
            Assert.Contains(record!["about"]!.AsArray(), link => link!["kind"]!.GetValue<string>() == "persons" && link["id"]!.GetValue<long>() == sharaa.Id()));
        var statement = Assert.Single(said)!;
        Assert.Equal("sample:statement:sharaa-ten-years-war-with-isis", statement["externalId"]!.GetValue<string>());
        Assert.StartsWith("كنا في حرب مع التنظيم لمدة 10 سنوات", statement["quote"]!.GetValue<string>());
        Assert.Equal(government.Id(), statement["forceId"]!.GetValue<long>());
    }
}
