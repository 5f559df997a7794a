namespace OpsTracker.Api.Features.Stats;

/// <summary>What a total counts: operations, people killed or wounded (casualty records by outcome), people arrested.</summary>
public enum StatsMetric
{
    Operations,
    Killed,
    Wounded,
    Arrested,
}
