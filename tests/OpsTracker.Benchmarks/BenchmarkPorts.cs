namespace OpsTracker.Benchmarks;

/// <summary>
/// The loopback ports the benchmarks listen on. <c>OPSTRACKER_BENCH_PORT_OFFSET</c> shifts them all, so that two
/// benchmark runs on one machine (two working copies, say) do not take each other's ports.
/// </summary>
public static class BenchmarkPorts
{
    public static int Query => 5197 + Offset;

    public static int Imports => 5198 + Offset;

    public static int Ceiling => 5199 + Offset;

    public static int Soak => 5200 + Offset;

    private static int Offset =>
        int.TryParse(Environment.GetEnvironmentVariable("OPSTRACKER_BENCH_PORT_OFFSET"), out var offset) ? offset : 0;
}
