namespace OpsTracker.Api.Features.Stats;

/// <summary>The figures for one facility (as reported, e.g. "prisons in north-east Syria"), in asOf order.</summary>
public sealed record DetaineeFigureSeries(string Facility, IReadOnlyList<FigurePoint> Figures);
