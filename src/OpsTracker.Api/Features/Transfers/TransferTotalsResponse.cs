using OpsTracker.Api.Features.Stats;

namespace OpsTracker.Api.Features.Transfers;

/// <summary>
/// Transfer totals per interval, one entry per unit (individuals, then families): people and families are never added
/// together. <see cref="From"/> and <see cref="To"/> are the span the buckets cover, null when no transfer matched.
/// </summary>
public sealed record TransferTotalsResponse(TimeInterval Interval, DateOnly? From, DateOnly? To, IReadOnlyList<TransferUnitTotals> Units);
