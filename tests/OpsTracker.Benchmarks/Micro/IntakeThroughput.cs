using System.Diagnostics;
using System.Globalization;

namespace OpsTracker.Benchmarks.Micro;

/// <summary>
/// <c>intake [--seconds N] [--smoke]</c>: report intake's sustained extraction rate on every core, on reports of about
/// 3,000 characters (the evaluation set's reports joined, as in <see cref="IntakeExtractionBenchmarks"/>): reports per
/// second of wall time and per second of CPU time (which a busy machine does not inflate), and memory across the run,
/// which must stay flat: the managed heap after a full collection at the start and at the end, and the process's
/// peak working set. The target is 500 reports a second on two cores.
/// </summary>
public static class IntakeThroughput
{
    public const double Target = 500;

    public static int Run(string[] args)
    {
        var seconds = 20.0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seconds": seconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--smoke": seconds = 1; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --seconds N --smoke");
            }
        }

        var benchmark = new IntakeExtractionBenchmarks();
        benchmark.Setup();
        var reports = benchmark.Reports;
        var extractor = benchmark.Extractor;

        // Warm up: JIT, the lexicon index, the word cache.
        foreach (var (text, published) in reports)
        {
            extractor.Extract(text, published);
        }

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var gen2Before = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        var done = 0L;
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(worker => Task.Run(() =>
        {
            var next = worker;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                var (text, published) = reports[next++ % reports.Count];
                extractor.Extract(text, published);
                Interlocked.Increment(ref done);
            }
        })).ToArray();
        Task.WaitAll(workers);
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);

        var perWall = done / wall;
        var perCpuSecond = done / cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Report intake: {done:N0} reports of {benchmark.MeanLength:N0} characters on average in {wall:F1} s on {Environment.ProcessorCount} cores."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {perWall:N0} reports/s of wall time; {perCpuSecond:N0} reports per CPU-second, so {perCpuSecond * Environment.ProcessorCount:N0} reports/s on {Environment.ProcessorCount} idle cores (target {Target:N0})."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  Memory: managed heap {heapBefore / 1_048_576.0:F1} MB before, {heapAfter / 1_048_576.0:F1} MB after; {gen2} gen-2 collections; peak working set {process.PeakWorkingSet64 / 1_048_576} MB."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Machine load average: {LoadAverage()}."));
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
