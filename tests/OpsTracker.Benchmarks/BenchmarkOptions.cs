namespace OpsTracker.Benchmarks;

/// <summary>The benchmark's command line: dataset size, how many requests per scenario, where to write results.</summary>
public sealed record BenchmarkOptions(int Casualties, int Operations, int Requests, string WorkDirectory, string? MarkdownOutput, bool ReuseData)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        var casualties = 1_000_000;
        var operations = 200_000;
        var requests = 200;
        var work = Path.Combine(Path.GetTempPath(), "opstracker-bench");
        string? markdown = null;
        var reuse = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--casualties": casualties = int.Parse(Next()); break;
                case "--operations": operations = int.Parse(Next()); break;
                case "--requests": requests = int.Parse(Next()); break;
                case "--work": work = Next(); break;
                case "--markdown": markdown = Next(); break;
                case "--reuse-data": reuse = true; break;
                case "--smoke": casualties = 2_000; operations = 400; requests = 10; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --casualties N --operations N --requests N --work DIR --markdown FILE --reuse-data --smoke");
            }
        }

        return new BenchmarkOptions(casualties, operations, requests, work, markdown, reuse);
    }
}
