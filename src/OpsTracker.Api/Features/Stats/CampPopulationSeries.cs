namespace OpsTracker.Api.Features.Stats;

/// <summary>The figures for one camp, or one group of camps reported together (al-Hol and Roj), in asOf order.</summary>
public sealed record CampPopulationSeries(IReadOnlyList<long> CampIds, IReadOnlyList<string> CampNames, IReadOnlyList<FigurePoint> Figures);
