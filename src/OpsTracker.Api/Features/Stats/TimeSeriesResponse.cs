namespace OpsTracker.Api.Features.Stats;

public sealed record TimeSeriesResponse(StatsMetric Metric, TimeInterval Interval, DateOnly? From, DateOnly? To, IReadOnlyList<TimeSeriesBucket> Buckets);
