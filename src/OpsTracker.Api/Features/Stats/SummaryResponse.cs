using System.Text.Json.Serialization;

namespace OpsTracker.Api.Features.Stats;

/// <summary>The totals, and beside them, when asked for (statuses=true), the records each total sums, by status.</summary>
public sealed record SummaryResponse(
    CountTotals Operations,
    CountTotals Killed,
    CountTotals Wounded,
    CountTotals Arrested,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SummaryStatuses? Statuses);
