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

    /// <summary>The least the report allows: "more than 22" is at least 23.</summary>
    public long LowerBound => Qualifier switch
    {
        CountQualifier.MoreThan => Low ?? (long)Best + 1,
        CountQualifier.AtMost or CountQualifier.LessThan => Low ?? 0,
        _ => Low ?? Best,
    };

    /// <summary>The most the report allows, or null where it sets no ceiling ("at least", "more than").</summary>
    public long? UpperBound => Qualifier switch
    {
        CountQualifier.AtLeast or CountQualifier.MoreThan => null,
        CountQualifier.LessThan => High ?? (long)Best - 1,
        _ => High ?? Best,
    };
}
