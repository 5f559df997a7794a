using OpsTracker.Api.Features.Stats;

namespace OpsTracker.Api.Features.StrengthEstimates;

/// <summary>
/// The estimates of one group for one set of countries (and region, where one is given), in asOf order: Syria and Iraq
/// estimated together are a series of their own, apart from estimates of Syria alone.
/// </summary>
public sealed record StrengthEstimateSeries(
    long ForceId, string ForceName, IReadOnlyList<string> Countries, string? Region, IReadOnlyList<FigurePoint> Figures);
