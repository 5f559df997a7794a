using System.Globalization;

namespace OpsTracker.Benchmarks.Suite;

/// <summary>The suite's command line (<c>suite [--small] [--smoke] [--reuse-data] ...</c>); see docs/performance.md.</summary>
public sealed record SuiteOptions(
    string Size,
    int Casualties,
    int Operations,
    int ImportRows,
    TimeSpan Duration,
    TimeSpan WarmUp,
    int Threads,
    int Connections,
    string WorkDirectory,
    bool ReuseData,
    bool Smoke,
    bool WriteDocs,
    string? MarkdownOutput,
    bool Micro,
    bool Postgres)
{
    public const string Usage = "Options: --small --smoke --reuse-data --work DIR --duration SECONDS --warm-up SECONDS --connections N --threads N "
        + "--import-rows N --no-docs --no-micro --markdown FILE --postgres";

    public static SuiteOptions Parse(string[] args)
    {
        var size = "full";
        int casualties = 1_000_000, operations = 200_000, importRows = 1_000_000, seconds = 10, threads = 2, connections = 32;
        int? importOverride = null, secondsOverride = null, warmUpOverride = null;
        var work = Path.Combine(Path.GetTempPath(), "opstracker-bench");
        string? markdown = null;
        bool reuse = false, smoke = false, docs = true, micro = true, postgres = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--small": size = "small"; casualties = 100_000; operations = 20_000; importRows = 100_000; break;
                // Smoke: what CI runs so the suite never rots; its figures mean nothing, and docs are left alone.
                case "--smoke": size = "smoke"; smoke = true; casualties = 2_000; operations = 400; importRows = 2_000; seconds = 1; docs = false; break;
                case "--reuse-data": reuse = true; break;
                case "--work": work = Next(); break;
                case "--duration": secondsOverride = Number(); break;
                case "--warm-up": warmUpOverride = Number(); break;
                case "--threads": threads = Number(); break;
                case "--connections": connections = Number(); break;
                case "--import-rows": importOverride = Number(); break;
                case "--no-docs": docs = false; break;
                case "--no-micro": micro = false; break;
                case "--markdown": markdown = Next(); break;
                case "--postgres": postgres = true; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. {Usage}");
            }
        }

        return new SuiteOptions(size, casualties, operations, importOverride ?? importRows, TimeSpan.FromSeconds(secondsOverride ?? seconds),
            TimeSpan.FromSeconds(warmUpOverride ?? secondsOverride ?? seconds),
            threads, connections, work, reuse, smoke, docs, markdown, micro, postgres);
    }
}
