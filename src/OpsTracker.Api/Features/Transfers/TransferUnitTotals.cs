using OpsTracker.Api.Features.Stats;

namespace OpsTracker.Api.Features.Transfers;

/// <summary>The transfers counted in one unit: their total, and one bucket per interval (empty ones included).</summary>
public sealed record TransferUnitTotals(TransferUnit Unit, CountTotals Total, IReadOnlyList<TimeSeriesBucket> Buckets);
