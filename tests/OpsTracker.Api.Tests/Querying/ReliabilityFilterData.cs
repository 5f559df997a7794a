using OpsTracker.Api.Tests.Infrastructure;

namespace OpsTracker.Api.Tests.Querying;

/// <summary>Sources graded A, B, C, E and F, and for each report resource records citing different mixes of them.</summary>
public sealed class ReliabilityFilterData : SharedApi
{
    public static readonly (string Label, string[] Grades)[] Citations =
    [
        ("citesB", ["B"]),
        ("citesEAndA", ["E", "A"]),
        ("citesC", ["C"]),
        ("citesEAndF", ["E", "F"]),
    ];

    /// <summary>Grade → id of the source graded so.</summary>
    public Dictionary<string, long> Sources { get; } = [];

    /// <summary>Report resource name → label of <see cref="Citations"/> → id.</summary>
    public Dictionary<string, Dictionary<string, long>> Records { get; } = [];

    protected override async Task SeedAsync(HttpClient client)
    {
        foreach (var grade in new[] { "A", "B", "C", "E", "F" })
        {
            Sources[grade] = await client.CreateSourceGradedAsync(grade);
        }

        var campId = await client.CreateCampAsync();
        foreach (var name in ResourceCatalogue.All.Where(resource => resource.IsReport).Select(resource => resource.Name))
        {
            Records[name] = [];
            foreach (var (label, grades) in Citations)
            {
                Records[name][label] = await client.CreateIdAsync(ResourceCatalogue.Get(name).Collection,
                    (await client.ReportRecordAsync(name, Sources[grades[0]], campId)).With(("sourceIds", Payloads.Ids([.. grades.Select(grade => Sources[grade])]))));
            }
        }
    }
}
