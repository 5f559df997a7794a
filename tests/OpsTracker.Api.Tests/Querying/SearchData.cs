using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// Records whose text is spelt the ways reports spell it (Arabic with hamza forms, alef maksura, teh marbuta and
/// tatweel; Latin with accents and hyphens), and records that mention nothing themselves but are placed in al-Hol camp
/// or tied to a force known by Arabic aliases. Every text is set here, so a search's answer is known exactly.
/// </summary>
public sealed class SearchData : SharedApi
{
    public const string HolCampNotes = "Run by the Autonomous Administration.";
    public const string SdfNotes = "Kurdish-led alliance.";

    /// <summary>Label → id of every record the tests search for.</summary>
    public Dictionary<string, long> Ids { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        var sourceId = Ids["centcomSource"] = await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(
            ("title", "CENTCOM statement on operations against ISIS"), ("notes", null)));
        var hol = Ids["holCamp"] = await client.CreateIdAsync(Paths.Camps, Payloads.Camp().With(
            ("name", "al-Hol"), ("aliases", Payloads.Strings("الهول", "Al Hol", "al-Hol")), ("notes", HolCampNotes)));
        var roj = Ids["rojCamp"] = await client.CreateCampAsync("Roj", "روج");
        var sdf = Ids["sdfForce"] = await client.CreateIdAsync(Paths.Forces, Payloads.Force().With(
            ("name", "Syrian Democratic Forces"), ("acronym", null), ("aliases", Payloads.Strings("قسد", "قوات سوريا الديمقراطية")), ("notes", SdfNotes)));
        var cts = Ids["ctsForce"] = await client.CreateForceAsync("Iraqi Counter-Terrorism Service", "جهاز مكافحة الإرهاب");

        // A record that names a person counts that one person.
        Task<long> PersonArrest(string name, string? alias, string role, string? locality) => client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(
            ("personName", name), ("personAlias", alias), ("personRole", role), ("locality", locality), ("count", Payloads.Count(1)), ("notes", null)));

        Ids["arrestInHol"] = await client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("campId", hol), ("notes", "Three suspects detained.")));
        Ids["arrestInRoj"] = await client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId).With(("campId", roj), ("notes", "Two suspects detained.")));
        Ids["arrestBySdf"] = await client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(sourceId, sdf).With(("notes", "Detained at a checkpoint.")));
        Ids["arrestNamed"] = await PersonArrest("إبراهيم موسى", "أبو عبد الرحمن", "ISIS financier", null);
        Ids["arrestLatin"] = await PersonArrest("Bahaa Musiri", null, "ISIS leader", "Deir ez-Zor");

        Ids["casualtyMosul"] = await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("locality", "Mósul"), ("notes", null)));
        Ids["casualtyIsis"] = await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("notes", "مقاتلو الدولة الإسلامية")));

        Task<long> Operation(string title, params long[] forceIds) => client.CreateIdAsync(Paths.Operations,
            Payloads.Operation(sourceId, forceIds).With(("title", title), ("notes", null), ("region", null)));

        Ids["operationBySdf"] = await Operation("Joint raid", sdf);
        Ids["operationByCts"] = await Operation("Clearing operation", cts);
        Ids["operationCampaign"] = await Operation("حملة أمنية");

        Ids["detaineesGhuwayran"] = await client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(sourceId, sdf).With(
            ("facility", "Ghuwayran prison"), ("notes", null)));
        Ids["detaineesInHol"] = await client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(sourceId).With(
            ("facility", "Annex for foreign women"), ("campId", hol), ("notes", null)));

        Ids["populationHol"] = await client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(sourceId, hol).With(("notes", null)));
        Ids["populationRoj"] = await client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(sourceId, roj).With(("notes", null)));
    }
}
