namespace OpsTracker.Benchmarks.Suite;

/// <summary>
/// Requests per second and latency percentiles of one scenario under load, whether wrk measured it over HTTP or the
/// suite timed it in-process (the database ceiling), so that ours and its ceiling compare field by field.
/// </summary>
public sealed record Throughput(string Scenario, double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors)
{
    public string Describe() => $"{RequestsPerSecond:N0} req/s, p50 {P50Ms:F1} ms, p99 {P99Ms:F1} ms";
}
