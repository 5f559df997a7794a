using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// Records that differ in their enum fields: operation types, casualty affiliations and outcomes, source kinds and
/// grades, force kinds, and for each report resource one count of each of three qualifiers.
/// </summary>
public sealed class EnumFilterData : SharedApi
{
    /// <summary>Label → id, the label naming the enum values the record has ("civilianWounded", "newsReportC").</summary>
    public Dictionary<string, long> Ids { get; } = [];

    /// <summary>Report resource name → qualifier (exact, approximately, moreThan) → id.</summary>
    public Dictionary<string, Dictionary<string, long>> Qualified { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        Task<long> Source(string kind, string reliability) =>
            client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("kind", kind), ("reliability", reliability)));

        Ids["officialStatementA"] = await Source("officialStatement", "A");
        Ids["newsReportC"] = await Source("newsReport", "C");
        Ids["ngoReportC"] = await Source("ngoReport", "C");
        Ids["socialMediaE"] = await Source("socialMedia", "E");
        var sourceId = Ids["officialStatementA"];

        foreach (var kind in new[] { "coalition", "partnerForce", "stateForce" })
        {
            Ids[kind] = await client.CreateIdAsync(Paths.Forces, Payloads.Force().With(("kind", kind)));
        }

        foreach (var type in new[] { "raid", "airstrike", "summary", "other" })
        {
            Ids[type] = await client.CreateIdAsync(Paths.Operations, Payloads.Operation(sourceId).With(("type", type), ("count", Payloads.Count(1))));
        }

        (string Label, string Affiliation, string Outcome)[] casualties =
        [
            ("isisKilled", "isis", "killed"),
            ("civilianKilled", "civilian", "killed"),
            ("civilianWounded", "civilian", "wounded"),
            ("partnerForceWounded", "partnerForce", "wounded"),
            ("coalitionKilled", "coalition", "killed"),
        ];
        foreach (var (label, affiliation, outcome) in casualties)
        {
            Ids[label] = await client.CreateIdAsync(Paths.Casualties, Payloads.Casualty(sourceId).With(("affiliation", affiliation), ("outcome", outcome)));
        }

        var campId = await client.CreateCampAsync();
        foreach (var name in ResourceCatalogue.All.Where(resource => resource.IsReport).Select(resource => resource.Name))
        {
            // Of a type and an affiliation of their own, so they stay out of the answers the other tests expect.
            var payload = name switch
            {
                "operations" => Payloads.Operation(sourceId).With(("type", "securitySweep")),
                "casualties" => Payloads.Casualty(sourceId).With(("affiliation", "governmentForce")),
                _ => await client.ReportRecordAsync(name, sourceId, campId),
            };

            Task<long> Create(int best, string qualifier) => client.CreateIdAsync(ResourceCatalogue.Get(name).Collection,
                payload.With(("externalId", Payloads.Unique("test:qualified")), ("count", Payloads.Count(best, qualifier))));

            Qualified[name] = new()
            {
                ["exact"] = await Create(5, "exact"),
                ["approximately"] = await Create(30000, "approximately"),
                ["moreThan"] = await Create(22, "moreThan"),
            };
        }
    }
}
