namespace OpsTracker.Api.Features.Stats;

public sealed record SummaryResponse(CountTotals Operations, CountTotals Killed, CountTotals Wounded, CountTotals Arrested);
