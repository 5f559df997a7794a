using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Stats;

/// <summary>
/// One reported figure in a series, with its sources. <c>conflicting</c> is true when another figure of the same
/// series is dated within the same precision window (one's asOf falls in the other's day, month or year) but reports
/// a different count; <c>conflictsWith</c> names those figures.
/// </summary>
public sealed record FigurePoint(
    long Id,
    DateOnly AsOf,
    DatePrecision DatePrecision,
    CountResponse Count,
    long Low,
    long? High,
    IReadOnlyList<SourceSummary> Sources,
    string? Notes,
    bool Conflicting,
    IReadOnlyList<long> ConflictsWith);
