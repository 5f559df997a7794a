namespace OpsTracker.Api.Tests.Infrastructure;

/// <summary>The resources' collection paths.</summary>
public static class Paths
{
    public const string Sources = "/api/v1/sources";
    public const string Forces = "/api/v1/forces";
    public const string Camps = "/api/v1/camps";
    public const string Operations = "/api/v1/operations";
    public const string Casualties = "/api/v1/casualties";
    public const string Arrests = "/api/v1/arrests";
    public const string Persons = "/api/v1/persons";
    public const string Statements = "/api/v1/statements";
    public const string DetaineeFigures = "/api/v1/detainee-figures";
    public const string CampPopulations = "/api/v1/camp-populations";

    public const string StatsSummary = "/api/v1/stats/summary";
    public const string StatsTimeSeries = "/api/v1/stats/timeseries";
    public const string StatsCampPopulations = "/api/v1/stats/camp-populations";
    public const string StatsDetaineeFigures = "/api/v1/stats/detainee-figures";

    public static string Of(string collection, long id) => $"{collection}/{id}";

    /// <summary>The database table of a resource ("detainee-figures" → "DetaineeFigures"), for tests that look at stored rows.</summary>
    public static string TableOf(string resource) => resource switch
    {
        "camp-populations" => "CampPopulationFigures",
        _ => string.Concat(resource.Split('-').Select(word => char.ToUpperInvariant(word[0]) + word[1..])),
    };
}
