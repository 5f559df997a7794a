using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Exports;

/// <summary>
/// More sources than a default page holds, some titled with the characters CSV must quote (commas, quotes, line
/// breaks), in Arabic, or like a spreadsheet formula; casualties in Syria and Iraq citing several sources; a camp
/// whose aliases hold the list separator and its escape character; and a record of every other resource.
/// </summary>
public sealed class CsvExportData : SharedApi
{
    public const int PlainSources = 52;
    public const string CommaTitle = "CENTCOM: 5 killed, 19 arrested";
    public const string QuoteTitle = "He said \"more than 22\" operations";
    public const string ArabicTitle = "شفق نيوز: مقتل 5 من عناصر داعش، واعتقال 19 في مخيم الهول";
    public const string FormulaTitle = "=HYPERLINK(\"https://example.org\",\"more\")";
    public const string MultiLineNotes = "First line\nsecond line\r\nthird, with a comma";

    /// <summary>Label → id: commaSource, quoteSource, arabicSource, formulaSource, casualtySyria, casualtyIraq, casualtyIraqIsis, camp.</summary>
    public Dictionary<string, long> Ids { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        Ids["commaSource"] = await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("title", CommaTitle), ("notes", MultiLineNotes)));
        Ids["quoteSource"] = await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("title", QuoteTitle)));
        Ids["arabicSource"] = await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(
            ("title", ArabicTitle), ("publisher", "شفق نيوز"), ("language", "ar"), ("url", null), ("publishedOn", null), ("reliability", "C")));
        Ids["formulaSource"] = await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("title", FormulaTitle)));
        for (var i = 0; i < PlainSources; i++)
        {
            await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("title", $"Source {i}")));
        }

        Ids["camp"] = await client.CreateIdAsync(Paths.Camps, Payloads.Camp().With(
            ("name", "al-Hol"), ("aliases", Payloads.Strings("الهول", "Al Hol; al-Hawl", @"back\slash"))));
        Ids["casualtySyria"] = await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(Ids["commaSource"]).With(
            ("sourceIds", Payloads.Ids(Ids["commaSource"], Ids["arabicSource"])), ("count", Payloads.Count(30, "approximately", 25, 40)),
            ("campId", Ids["camp"]), ("region", "Al-Hasakah"), ("locality", "مخيم الهول"), ("latitude", 36.3733), ("longitude", 41.1442),
            ("notes", MultiLineNotes)));
        Ids["casualtyIraq"] = await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(Ids["quoteSource"]).With(
            ("affiliation", "civilian"), ("outcome", "wounded"), ("country", "IQ"), ("endDate", null), ("datePrecision", "month")));
        Ids["casualtyIraqIsis"] = await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(Ids["quoteSource"]).With(("country", "IQ")));

        // One record of each other resource, so every resource's CSV is compared with its JSON.
        var forceIds = new[] { await client.CreateForceAsync(), await client.CreateForceAsync() };
        var operationId = await client.CreateIdAsync(Paths.Operations, Payloads.Operation(Ids["arabicSource"], forceIds).With(("campId", Ids["camp"])));
        await client.CreateIdAsync(Paths.Arrests, Payloads.Arrest(Ids["commaSource"], forceIds[0], operationId).With(
            ("personName", "بهاء مصيري"), ("personAlias", "أبو عبد الرحمن"), ("personNationality", "IQ"), ("count", Payloads.Count(1))));
        await client.CreateIdAsync(Paths.DetaineeFigures, Payloads.DetaineeFigure(Ids["quoteSource"], forceIds[1]).With(("latitude", 36.48), ("longitude", 40.75)));
        await client.CreateIdAsync(Paths.CampPopulations, Payloads.CampPopulation(Ids["commaSource"], Ids["camp"], await client.CreateCampAsync("Roj", "روج")));

        // Every other kind of the catalogue gets one record of its samples, so each kind's export has a row to compare.
        foreach (var resource in ResourceCatalogue.All)
        {
            if ((await client.GetObjectAsync(resource.Collection))["totalCount"]!.GetValue<long>() == 0)
            {
                await client.CreateIdAsync(resource.Collection, await resource.NewPayloadAsync(client));
            }
        }
    }
}
