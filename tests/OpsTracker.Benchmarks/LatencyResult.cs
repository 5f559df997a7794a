namespace OpsTracker.Benchmarks;

/// <summary>Latency of one scenario over sequential requests, in milliseconds.</summary>
public sealed record LatencyResult(string Scenario, string Example, int Requests, double P50, double P95, double P99, double Max)
{
    public static LatencyResult From(string scenario, string example, List<double> milliseconds)
    {
        milliseconds.Sort();
        double At(double quantile) => milliseconds[Math.Min(milliseconds.Count - 1, (int)Math.Ceiling(quantile * milliseconds.Count) - 1)];
        return new LatencyResult(scenario, example, milliseconds.Count, At(0.50), At(0.95), At(0.99), milliseconds[^1]);
    }
}
