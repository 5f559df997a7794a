using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Casualties;
using OpsTracker.Api.Infrastructure.Database;
using OpsTracker.Api.RecordEngine.Counters;
using OpsTracker.Api.RecordEngine.Querying;

namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// A list's exact count read from the <see cref="Rollup"/> rows, for the kinds the rollups hold (operations,
/// casualties, arrests) and the lists filtered only by what they hold: country, region, affiliation, outcome, status,
/// and from/to on whole months. Every live record of these kinds is in exactly one metric's rollups, so the records a
/// list keeps are the sum of the kept rows' records. Counting the matches themselves took about 20 ms over a million
/// records (226,000 matches of country=SY and affiliation=isis); the rollups of that country and affiliation are about
/// 7,000 rows (<c>IX_Rollups_Counts</c>).
/// </summary>
public static class RollupCounts
{
    private const string Casualties = "Casualties";

    /// <summary>
    /// The metrics each rolled-up table's live records are in, one each (<c>RollupSql.Tables</c>). The casualties'
    /// are their outcomes' metrics; an outcome no metric holds would leave its casualties out of the rollups, and the
    /// rollups do not count casualties then.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> MetricsOf = RolledUpMetrics();

    /// <summary>The parameters of a list that the count does not depend on, or that the rollups hold besides the place and dates.</summary>
    private static readonly string[] Answerable = ["page", "pageSize", "sort", "format", "count", "after", "status"];

    /// <summary>A casualty's outcome is its metric; the operations' outcome (carried out or foiled) is not held.</summary>
    private static readonly string[] CasualtiesAnswerable = [.. Answerable, "outcome"];

    /// <summary>
    /// How to count the matches of a list of <paramref name="table"/> from the rollups; null when they cannot count it
    /// (another kind, another filter, or from/to inside a month), and the list then counts its matches. Call it once
    /// the values are known to be valid.
    /// </summary>
    public static Func<CancellationToken, Task<int>>? For(string table, IQueryCollection query, QueryValues values, OpsTrackerDbContext db)
    {
        if (!MetricsOf.TryGetValue(table, out var metrics))
        {
            return null;
        }

        IReadOnlyCollection<string> kept = metrics;
        if (table == Casualties && values.Enums<CasualtyOutcome>("outcome") is { } outcomes)
        {
            kept = outcomes.Select(outcome => Metric(outcome)!).Distinct().ToList();
        }

        var answerable = table == Casualties ? CasualtiesAnswerable : Answerable;
        if (RollupTotals.For(query, values, db.Set<Rollup>(), db.Set<LongestPeriod>(), answerable, kept) is not { } rollups)
        {
            return null;
        }

        var statuses = values.Enums<RecordStatus>("status")?.Select(status => status.ToString()).ToList();
        return cancellationToken => rollups.RecordsAsync(statuses, cancellationToken);
    }

    private static Dictionary<string, string[]> RolledUpMetrics()
    {
        var metrics = new Dictionary<string, string[]>
        {
            ["Operations"] = [RunningTotal.Operations],
            ["Arrests"] = [RunningTotal.Arrested],
        };
        var outcomes = Enum.GetValues<CasualtyOutcome>().Select(Metric).ToList();
        if (outcomes.All(metric => metric is not null))
        {
            metrics[Casualties] = outcomes.OfType<string>().Distinct().ToArray();
        }

        return metrics;
    }

    /// <summary>The metric a casualty of this outcome is in, as <c>RollupSql</c>'s CASE puts it; null for none.</summary>
    public static string? Metric(CasualtyOutcome outcome) => outcome switch
    {
        CasualtyOutcome.Killed => RunningTotal.Killed,
        CasualtyOutcome.Wounded => RunningTotal.Wounded,
        _ => null,
    };
}
