using System.Globalization;

namespace OpsTracker.Benchmarks.Writes;

/// <summary>The write benchmark's command line (<c>writes [--small] [--postgres] [--rounds N] ...</c>); see docs/performance.md.</summary>
public sealed record WriteBenchmarkOptions(
    int Casualties,
    int Operations,
    bool Postgres,
    int Rounds,
    TimeSpan Duration,
    TimeSpan WarmUp,
    int Threads,
    int Connections,
    string WorkDirectory,
    bool ReuseData)
{
    public const string Usage = "Options: --small --smoke --postgres --rounds N --reuse-data --work DIR --duration SECONDS --warm-up SECONDS --connections N --threads N";

    public static WriteBenchmarkOptions Parse(string[] args)
    {
        int casualties = 1_000_000, operations = 200_000, rounds = 3, seconds = 10, threads = 2, connections = 32;
        int? warmUp = null;
        var work = Path.Combine(Path.GetTempPath(), "opstracker-bench");
        bool postgres = false, reuse = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--small": casualties = 100_000; operations = 20_000; break;
                case "--smoke": casualties = 2_000; operations = 400; rounds = 1; seconds = 1; break;
                case "--postgres": postgres = true; break;
                case "--rounds": rounds = Number(); break;
                case "--reuse-data": reuse = true; break;
                case "--work": work = Next(); break;
                case "--duration": seconds = Number(); break;
                case "--warm-up": warmUp = Number(); break;
                case "--threads": threads = Number(); break;
                case "--connections": connections = Number(); break;
                default: throw new ArgumentException($"Unknown option {args[i]}. {Usage}");
            }
        }

        return new WriteBenchmarkOptions(casualties, operations, postgres, rounds, TimeSpan.FromSeconds(seconds),
            TimeSpan.FromSeconds(warmUp ?? seconds), threads, connections, work, reuse);
    }
}
