namespace OpsTracker.Api.Domain;

/// <summary>
/// A number exactly as a report gave it. <see cref="Best"/> is the headline figure; <see cref="Low"/> and
/// <see cref="High"/> keep the bounds a report stated, so "about 30,000" and "2,500 to 3,000" are not
/// flattened into false precision.
/// </summary>
public sealed class ReportedCount
{
    public int Best { get; set; }
    public int? Low { get; set; }
    public int? High { get; set; }
    public CountQualifier Qualifier { get; set; } = CountQualifier.Exact;
}
