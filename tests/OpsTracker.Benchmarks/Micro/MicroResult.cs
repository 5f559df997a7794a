namespace OpsTracker.Benchmarks.Micro;

/// <summary>One micro-benchmark's mean time and allocation per operation, as BenchmarkDotNet measured them.</summary>
public sealed record MicroResult(string Name, double MeanNanoseconds, long? AllocatedBytes)
{
    public string Describe()
    {
        var time = MeanNanoseconds switch
        {
            >= 1_000_000 => $"{MeanNanoseconds / 1_000_000:F2} ms",
            >= 1_000 => $"{MeanNanoseconds / 1_000:F1} µs",
            _ => $"{MeanNanoseconds:F0} ns",
        };
        var allocated = AllocatedBytes switch
        {
            null => "",
            >= 1_048_576 => $", {AllocatedBytes / 1_048_576.0:F1} MB allocated",
            >= 1024 => $", {AllocatedBytes / 1024.0:F1} KB allocated",
            _ => $", {AllocatedBytes} B allocated",
        };
        return $"{time} per op{allocated}";
    }
}
