namespace OpsTracker.Api.Features.Stats;

/// <summary>The records each total of the summary sums, by status: the same records, counted by what their citations make of them.</summary>
public sealed record SummaryStatuses(StatusCounts Operations, StatusCounts Killed, StatusCounts Wounded, StatusCounts Arrested);
