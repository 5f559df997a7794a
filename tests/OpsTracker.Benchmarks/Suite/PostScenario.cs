namespace OpsTracker.Benchmarks.Suite;

/// <summary>The suite's write under load: <c>POST /api/v1/casualties</c> of one record, citing one source, with the admin key.</summary>
public static class PostScenario
{
    public const string Name = "POST a casualty record";

    public static WrkScenario For(string adminKey, long sourceId) => new(Name, ["/api/v1/casualties"], "POST",
        new Dictionary<string, string> { ["X-Api-Key"] = adminKey, ["Content-Type"] = "application/json" },
        $$"""{"sourceIds":[{{sourceId}}],"affiliation":"isis","outcome":"killed","count":{"best":5},"startDate":"2025-10-01","endDate":"2025-11-06","country":"SY","region":"Deir ez-Zor","locality":"الشدادي"}""");
}
