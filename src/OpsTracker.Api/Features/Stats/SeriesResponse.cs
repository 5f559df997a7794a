namespace OpsTracker.Api.Features.Stats;

/// <summary>A list of figure series, wrapped so fields can be added later without breaking clients.</summary>
public sealed record SeriesResponse<T>(IReadOnlyList<T> Series);
