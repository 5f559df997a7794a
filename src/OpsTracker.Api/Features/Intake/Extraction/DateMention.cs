using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Intake.Extraction;

/// <summary>A date or period found at tokens [Start, End): the days it covers and the precision the text gave it.</summary>
internal sealed class DateMention
{
    public int Start { get; init; }
    public int End { get; init; }
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public DatePrecision Precision { get; init; }
    public DateRole Role { get; init; }

    /// <summary>"since July", "منذ عام 2021": a period from a named start to publication (not "the past six months").</summary>
    public bool Since { get; init; }

    /// <summary>The date of a statement ("أعلنت …، اليوم الخميس،", "said on Monday"), not of what it reports.</summary>
    public bool Announcement { get; set; }

    public bool Overlaps(DateOnly from, DateOnly to) => From <= to && from <= To;
}
