using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace OpsTracker.Benchmarks.Micro;

/// <summary>
/// The BenchmarkDotNet micro-benchmarks of the hot paths (<c>micro [--filter GLOB] [--smoke] [--work DIR]</c>, and
/// part of the suite). A short job run in this process: BenchmarkDotNet's default, a separately built and launched
/// project per benchmark, would take minutes of the suite's time for little more precision.
/// </summary>
public static class MicroBenchmarks
{
    private static readonly Type[] Types = [typeof(CsvImportBenchmarks), typeof(CsvReaderBenchmarks), typeof(SearchNormalizerBenchmarks), typeof(JsonPageBenchmarks), typeof(IntakeExtractionBenchmarks)];

    public static int Run(string[] args)
    {
        string? filter = null;
        var smoke = false;
        var work = Path.Combine(Path.GetTempPath(), "opstracker-bench");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--filter": filter = args[++i]; break;
                case "--smoke": smoke = true; break;
                case "--work": work = args[++i]; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --filter GLOB (e.g. *Json*) --smoke --work DIR");
            }
        }

        var results = Run(smoke, work, filter);
        foreach (var result in results)
        {
            Console.WriteLine($"{result.Name}: {result.Describe()}");
        }

        return results.Count > 0 ? 0 : 1;
    }

    /// <summary>Runs the micro-benchmarks (those matching <paramref name="filter"/>, a glob over type and method names).</summary>
    public static IReadOnlyList<MicroResult> Run(bool smoke, string work, string? filter)
    {
        // --smoke: one iteration each, so CI checks that they run, not how fast.
        var job = (smoke ? Job.Dry : Job.ShortRun).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(Path.Combine(work, "BenchmarkDotNet.Artifacts"));
        if (filter is not null)
        {
            config = config.AddFilter(new GlobFilter([filter]));
        }

        return BenchmarkRunner.Run(Types, config)
            .SelectMany(summary => summary.Reports)
            .Where(report => report.ResultStatistics is not null)
            .Select(report => new MicroResult(
                report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                report.ResultStatistics!.Mean,
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)))
            .ToList();
    }
}
