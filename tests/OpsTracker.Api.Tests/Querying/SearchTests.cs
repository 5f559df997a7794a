using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// q: a substring match of normalized text, so the spellings one name is reported under find the same records; a
/// record's text includes the names and aliases of the camps and forces it refers to.
/// </summary>
public sealed class SearchTests(SearchData data) : IClassFixture<SearchData>
{
    private HttpClient Client => data.Client;

    [Theory]
    [InlineData("الهول")]
    [InlineData("الهوْل")] // sukun
    [InlineData("الهَوْلُ")] // fatha, sukun, damma
    [InlineData("الهـــول")] // tatweel
    [InlineData("al-Hol")]
    [InlineData("Al Hol")]
    [InlineData("AL-HOL")]
    [InlineData("al‑Hol")] // non-breaking hyphen
    [InlineData("  al   hol ")]
    [InlineData("hol")]
    public async Task Every_spelling_of_al_hol_finds_the_arrest_placed_in_the_camp(string q)
    {
        Assert.Equal(Ids("arrestInHol"), await SearchAsync(Paths.Arrests, q));
    }

    [Fact]
    public async Task A_camp_name_finds_the_records_placed_in_or_covering_that_camp_only()
    {
        Assert.Equal(Ids("arrestInRoj"), await SearchAsync(Paths.Arrests, "روج"));
        Assert.Equal(Ids("detaineesInHol"), await SearchAsync(Paths.DetaineeFigures, "الهول"));
        Assert.Equal(Ids("populationHol"), await SearchAsync(Paths.CampPopulations, "al hol"));
        Assert.Equal(Ids("populationRoj"), await SearchAsync(Paths.CampPopulations, "Roj"));
        Assert.Equal(Ids("holCamp"), await SearchAsync(Paths.Camps, "الهوْل"));
    }

    [Theory]
    [InlineData(Paths.Operations, "قسد", "operationBySdf")]
    [InlineData(Paths.Operations, "قوات سوريا", "operationBySdf")]
    [InlineData(Paths.Operations, "syrian democratic", "operationBySdf")]
    [InlineData(Paths.Operations, "جهاز مكافحة الارهاب", "operationByCts")]
    [InlineData(Paths.Arrests, "قسد", "arrestBySdf")]
    [InlineData(Paths.DetaineeFigures, "قسد", "detaineesGhuwayran")]
    [InlineData(Paths.Forces, "قسد", "sdfForce")]
    public async Task A_force_name_or_alias_finds_the_records_of_that_force(string collection, string q, string expected)
    {
        Assert.Equal(Ids(expected), await SearchAsync(collection, q));
    }

    [Theory]
    [InlineData("ابو عبد الرحمن")] // stored with أ
    [InlineData("أبو عبد الرحمن")]
    [InlineData("آبو عبد الرحمن")]
    [InlineData("ٱبو")]
    [InlineData("ابراهيم")] // stored with إ
    [InlineData("أبراهيم")]
    [InlineData("موسي")] // stored with ى
    [InlineData("موسى")]
    [InlineData("financier")] // role
    public async Task Alef_and_yeh_forms_fold_together_in_person_names_and_aliases(string q)
    {
        Assert.Equal(Ids("arrestNamed"), await SearchAsync(Paths.Arrests, q));
    }

    [Theory]
    [InlineData(Paths.Casualties, "الدوله", "casualtyIsis")] // stored with ة
    [InlineData(Paths.Casualties, "الدولة الاسلاميه", "casualtyIsis")]
    [InlineData(Paths.Casualties, "mosul", "casualtyMosul")] // stored as Mósul
    [InlineData(Paths.Casualties, "MÓSUL", "casualtyMosul")]
    [InlineData(Paths.Operations, "حمـــلة امنيه", "operationCampaign")]
    [InlineData(Paths.Operations, "JOINT RAID", "operationBySdf")]
    [InlineData(Paths.Arrests, "bahaa", "arrestLatin")] // person name
    [InlineData(Paths.Arrests, "Deir-ez-Zor", "arrestLatin")] // locality
    [InlineData(Paths.DetaineeFigures, "ghuwayran", "detaineesGhuwayran")] // facility
    [InlineData(Paths.Sources, "centcom statement", "centcomSource")] // title
    public async Task Teh_marbuta_tatweel_accents_and_case_fold_in_a_records_own_text(string collection, string q, string expected)
    {
        Assert.Equal(Ids(expected), await SearchAsync(collection, q));
    }

    [Fact]
    public async Task Notes_are_searched_and_a_match_may_be_part_of_a_word()
    {
        Assert.Equal(Ids("arrestInHol", "arrestInRoj"), await SearchAsync(Paths.Arrests, "suspects detained"));
        Assert.Equal(Ids("arrestBySdf"), await SearchAsync(Paths.Arrests, "checkp"));
    }

    [Theory]
    [InlineData(Paths.Arrests, "tadmur")]
    [InlineData(Paths.Arrests, "الرقة")]
    [InlineData(Paths.Casualties, "الهول")]
    [InlineData(Paths.Operations, "hol")]
    [InlineData(Paths.Arrests, "detained hol")] // words from two fields do not join up
    public async Task Text_found_nowhere_in_a_record_finds_nothing(string collection, string q)
    {
        Assert.Empty(await SearchAsync(collection, q));
    }

    [Fact]
    public async Task Search_combines_with_filters()
    {
        Assert.Equal(Ids("arrestInHol"), await Client.ListIdsAsync(Paths.Arrests, $"{ListHttp.Search("الهول")}&country=SY&campId={data.Ids["holCamp"]}"));
        Assert.Empty(await Client.ListIdsAsync(Paths.Arrests, $"{ListHttp.Search("الهول")}&country=IQ"));
    }

    [Theory]
    [InlineData(Paths.Arrests, SearchData.HolCampNotes, "al-Hol camp")]
    [InlineData(Paths.Operations, SearchData.SdfNotes, "the Syrian Democratic Forces")]
    public async Task The_notes_of_a_referred_camp_or_force_are_not_part_of_a_records_text(string collection, string q, string referred)
    {
        // querying.md: a record's text is its own fields and "the names and aliases of the camps and forces it refers to".
        var found = await SearchAsync(collection, q);

        Assert.True(found.Count == 0, $"q='{q}', the notes of {referred}, found {collection} {string.Join(", ", found)}, which only refer to it.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("--")]
    [InlineData("  ,. ")]
    [InlineData("ـــ")] // tatweel only
    [InlineData("َُ")] // diacritics only
    public async Task A_q_without_letters_or_digits_answers_400_naming_q(string q)
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.Arrests}?{ListHttp.Search(q)}", "q");

        Assert.Equal(["q has no letters or digits to search for."], problem.MessagesFor("q"));
    }

    [Fact]
    public async Task A_repeated_q_answers_400_naming_q()
    {
        var problem = await Client.AssertRefusedAsync($"{Paths.Arrests}?q=hol&q=roj", "q");

        Assert.Equal(["Give q once."], problem.MessagesFor("q"));
    }

    private Task<List<long>> SearchAsync(string collection, string q) => Client.ListIdsAsync(collection, ListHttp.Search(q));

    private List<long> Ids(params string[] labels) => labels.Select(label => data.Ids[label]).ToList();
}
