namespace OpsTracker.Api.Features.Stats;

/// <summary>The totals, and beside them the records each total sums, by status.</summary>
public sealed record SummaryResponse(CountTotals Operations, CountTotals Killed, CountTotals Wounded, CountTotals Arrested, SummaryStatuses Statuses);
