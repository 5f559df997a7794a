namespace OpsTracker.Benchmarks.Suite;

/// <summary>One line of the suite's table: what was measured, ours, its ceiling, the ratio, the target and whether it was met.</summary>
public sealed record SuiteRow(string Measurement, string Ours, string Ceiling = "", string Ratio = "", string Target = "", bool? Met = null)
{
    public string Result => Met switch { true => "pass", false => "**miss**", null => "" };
}
