namespace OpsTracker.Api.Features.Stats;

/// <summary>The <c>Stats</c> configuration section.</summary>
public sealed class StatsSettings
{
    public const string Section = "Stats";

    /// <summary>
    /// Whether summaries, time series and list counts that the rollups can answer read them (default true). Off, every
    /// answer sums or counts the records: the same figures, slower; for comparing the two paths or ruling the rollups out.
    /// </summary>
    public bool Rollups { get; set; } = true;
}
