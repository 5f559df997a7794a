namespace OpsTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// The document's tags after the record kinds' (which come first, in the order they can be loaded, with the
/// descriptions their definitions give: <see cref="IOpenApiTagSource"/>): what is computed from the records, bulk
/// loads, and last the administration (history and keys). Swagger UI lists its sections in this order.
/// </summary>
public static class OpenApiTags
{
    public static IReadOnlyList<(string Name, string Description)> All { get; } =
    [
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
