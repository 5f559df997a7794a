using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Stats;

/// <summary>A stored figure as the series endpoints read it, before it is grouped and compared.</summary>
public sealed record ReportedFigure(
    long Id,
    string SeriesKey,
    DateOnly AsOf,
    DatePrecision DatePrecision,
    ReportedCount Count,
    IReadOnlyList<long> SourceIds,
    string? Notes);
