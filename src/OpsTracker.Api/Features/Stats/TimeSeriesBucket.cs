namespace OpsTracker.Api.Features.Stats;

/// <summary>One interval of a time series: the records whose startDate falls in [start, end].</summary>
public sealed record TimeSeriesBucket(DateOnly Start, DateOnly End, long Best, long Low, long? High, int Records);
