namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// The document's tags in the order a newcomer reads them: where figures come from, then the records (in the order
/// they can be loaded, what is referred to before what refers to it), then what is computed from them, bulk loads,
/// and last the administration (history and keys). Swagger UI lists its sections in this order.
/// </summary>
public static class OpenApiTags
{
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
        ("Sources", "Where every figure comes from: official statements, news reports (often in Arabic), NGO and research "
            + "reports, each with its reliability grade. Every figure cites at least one source, so create sources first."),
        ("Forces", "Armed forces and groups (state forces, coalitions, partner forces, insurgent groups), with their names in "
            + "Arabic and in transliteration, and the force each one sits under."),
        ("Camps", "Displacement and detention camps such as al-Hol and Roj, with their names in Arabic and in transliteration "
            + "and where they are."),
        ("Operations", "Military and security operations as reported: raids, airstrikes, sweeps, and summaries such as "
            + "\"more than 22 operations\"."),
        ("Casualties", "People reported killed or wounded, of one affiliation, with the uncertainty of the count kept "
            + "(\"about 30\", \"2 to 5\")."),
        ("Arrests", "People reported arrested: how many, by which force, and for a named person who they are."),
        ("DetaineeFigures", "Reported numbers of people held in prisons and camps, per facility, as of a date."),
        ("CampPopulations", "Reported populations of one camp or a group of camps, as of a date."),
        ("Stats", "Totals, time series and figure series computed from the records. Each takes the filters of the lists it "
            + "counts, so a total counts exactly what the matching list returns."),
        ("Imports", "Bulk loads of CSV, JSON or NDJSON files: all records or none, with dry runs and upserts "
            + "([imports.md](/docs/imports.md))."),
        ("Reports", "Report intake: a report's text in (Arabic, English or both), draft records out, each with the exact "
            + "passage it comes from; nothing is counted until an analyst accepts a draft ([intake.md](/docs/intake.md))."),
        ("Audit", "Who changed which record, when, and what it was before: the audit trail (admins) and the deletions feed "
            + "for clients that sync ([history.md](/docs/history.md))."),
        ("ApiKeys", "API keys and their roles, for admins ([access-control.md](/docs/access-control.md))."),
    ];
}
