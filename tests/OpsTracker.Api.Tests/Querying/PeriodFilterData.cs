using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>
/// Records around October 2025 for every resource with a period, figures around July 2025 for every resource of the
/// catalogue with an asOf date, and sources published around April 2024, each looked up by a label that says where it lies.
/// </summary>
public sealed class PeriodFilterData : SharedApi
{
    public static readonly (string Label, string? Start, string? End)[] PeriodCases =
    [
        ("straddlingFrom", "2025-09-20", "2025-10-05"),
        ("endingOnFrom", "2025-09-01", "2025-10-01"),
        ("dayBefore", "2025-09-30", null),
        ("dayInside", "2025-10-10", null),
        ("straddlingTo", "2025-10-25", "2025-11-10"),
        ("startingOnTo", "2025-10-31", null),
        ("enclosing", "2025-09-01", "2025-12-31"),
        ("after", "2025-11-01", null),
        ("endingBefore", "2025-08-01", "2025-09-30"),

        // Open at the start ("on or before"): placed on the end date.
        ("openEndingInside", null, "2025-10-15"),
        ("openEndingOnFrom", null, "2025-10-01"),
        ("openEndingBefore", null, "2025-09-15"),
    ];

    public static readonly string[] AsOfDates = ["2025-06-30", "2025-07-01", "2025-07-15", "2025-07-31", "2025-08-01"];

    /// <summary>Resource name → period label → id.</summary>
    public Dictionary<string, Dictionary<string, long>> Periods { get; } = [];

    /// <summary>Resource name → asOf date → id.</summary>
    public Dictionary<string, Dictionary<string, long>> Figures { get; } = [];

    /// <summary>publishedOn ("undated" for none) → id.</summary>
    public Dictionary<string, long> Sources { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        // Plain bodies, not the catalogue's, which also create dated operations that would fall in the ranges.
        var sourceId = await client.CreateSourceAsync();
        var campId = await client.CreateCampAsync();
        foreach (var name in ResourceCatalogue.All.Where(resource => resource.HasPeriod).Select(resource => resource.Name))
        {
            Periods[name] = [];
            foreach (var (label, start, end) in PeriodCases)
            {
                Periods[name][label] = await client.CreateIdAsync(ResourceCatalogue.Get(name).Collection,
                    (await client.ReportRecordAsync(name, sourceId)).With(("startDate", start), ("endDate", end)));
            }
        }

        foreach (var name in ResourceCatalogue.All.Where(resource => resource.HasDatedFigure).Select(resource => resource.Name))
        {
            Figures[name] = [];
            foreach (var asOf in AsOfDates)
            {
                Figures[name][asOf] = await client.CreateIdAsync(ResourceCatalogue.Get(name).Collection,
                    (await client.ReportRecordAsync(name, sourceId, campId)).With(("asOf", asOf), ("datePrecision", "day")));
            }
        }

        foreach (var publishedOn in new[] { "2024-03-31", "2024-04-01", "2024-04-30", "2024-05-01", null })
        {
            Sources[publishedOn ?? "undated"] = await client.CreateIdAsync(Paths.Sources, Payloads.Source().With(("publishedOn", publishedOn)));
        }
    }
}
