namespace OpsTracker.Api.Features.Stats;

/// <summary>The <c>Stats</c> configuration section.</summary>
public sealed class StatsSettings
{
    public const string Section = "Stats";

    /// <summary>
    /// Whether summaries and time series that the rollups can answer read them (default true). Off, every answer sums
    /// the records: the same figures, slower; for comparing the two paths or ruling the rollups out.
    /// </summary>
    public bool Rollups { get; set; } = true;
}
