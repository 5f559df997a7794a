using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A figure found at tokens [Start, End), qualifier and range words included; the number itself ends at NumberEnd.</summary>
internal sealed class CountMention
{
    public int Start { get; set; }
    public int NumberStart { get; init; }
    public int End { get; set; }
    public long Best { get; set; }
    public long? Low { get; set; }
    public long? High { get; set; }
    public CountQualifier Qualifier { get; set; } = CountQualifier.Exact;

    /// <summary>"عشرات", "hundreds": bounds from the vague-quantity table.</summary>
    public bool Vague { get; init; }

    /// <summary>A four-digit number that could be a year (2019), with nothing to say it counts something.</summary>
    public bool YearLike { get; init; }

    /// <summary>One person named or described in the singular ("a senior ISIS official", "مقتل قيادي").</summary>
    public bool Singular { get; init; }

    /// <summary>Counted by a dual noun ("جنديين", "عنصرين"): the noun is the number.</summary>
    public bool Dual { get; init; }
}
