using System.Globalization;

namespace OpsTracker.Benchmarks;

/// <summary>The schema ceiling's time, the records it stored and the time of each of its steps.</summary>
public sealed record SchemaCeilingResult(double Seconds, long Rows, IReadOnlyList<(string Step, double Seconds)> Steps)
{
    public string Breakdown => string.Join(", ", Steps.Select(step => string.Create(CultureInfo.InvariantCulture, $"{step.Step} {step.Seconds:F1} s")));
}
