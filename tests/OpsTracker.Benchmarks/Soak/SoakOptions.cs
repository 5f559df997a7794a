using System.Globalization;

namespace OpsTracker.Benchmarks.Soak;

/// <summary>The soak run's command line (<c>soak [--duration S] [--connections N] [--records N] [--smoke] [--postgres] [--work DIR]</c>); see docs/performance.md.</summary>
public sealed record SoakOptions(TimeSpan Duration, int Connections, int Records, bool Smoke, bool Postgres, string WorkDirectory)
{
    public const string Usage = "Options: --duration SECONDS --connections N --records N --smoke --postgres --work DIR";

    /// <summary>
    /// How long the load runs before the starting memory is read: long enough for the JIT, EF's query cache, the
    /// connection pools and the GC's heaps to settle, so that what grows after it is what the load leaves behind.
    /// </summary>
    public TimeSpan WarmUp => TimeSpan.FromSeconds(Math.Min(30, Duration.TotalSeconds / 10));

    public static SoakOptions Parse(string[] args)
    {
        int seconds = 600, connections = 32, records = 50_000;
        var smoke = false;
        var postgres = false;
        int? secondsOverride = null, recordsOverride = null;
        var work = Path.Combine(Path.GetTempPath(), "opstracker-soak");
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Number() => int.Parse(Next(), CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--duration": secondsOverride = Number(); break;
                case "--connections": connections = Number(); break;
                case "--records": recordsOverride = Number(); break;
                // Smoke: what CI runs so the soak never rots (a few seconds on a small dataset); its figures mean nothing.
                case "--smoke": smoke = true; seconds = 5; records = 1_000; break;
                case "--postgres": postgres = true; break;
                case "--work": work = Next(); break;
                default: throw new ArgumentException($"Unknown option {args[i]}. {Usage}");
            }
        }

        return new SoakOptions(TimeSpan.FromSeconds(secondsOverride ?? seconds), connections, recordsOverride ?? records, smoke, postgres, work);
    }
}
