using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Events;

/// <summary>
/// A development that is not an operation, as one source claims it: a coalition membership, an agreement, a camp
/// closure, a handover, a change of leader. Claims that disagree about one development are records of their own, so
/// each keeps its citation and the disagreement shows (docs/api.md, Events). Its count is optional: an event without
/// a figure is stored as <see cref="NoFigure"/>.
/// </summary>
public sealed class Event : ReportRecordEntity, IPeriod, IPlaced, ICitingRecord<EventSource>
{
    public string Title { get; set; } = "";
    public EventType Type { get; set; } = EventType.Other;

    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public bool OpenStart { get; set; }

    public string Country { get; set; } = "";
    public string? Region { get; set; }
    public string? Locality { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public long? CampId { get; set; }

    /// <summary>The parties: the forces that joined, signed, handed over or took over.</summary>
    public List<EventForce> ForceLinks { get; } = [];

    public List<EventSource> SourceLinks { get; } = [];

    public override IEnumerable<string?> SearchFields() => [Title, Region, Locality, Notes];

    /// <summary>
    /// The count of an event the report gives no figure for: "at least 0", the count model's own way of saying nothing
    /// is known of the number. Its bounds [0, ∞) meet every other count's, so it is never contested nor in a conflict,
    /// and the engine needs no case of its own for it.
    /// </summary>
    public static ReportedCount NoFigure() => new() { Best = 0, Qualifier = CountQualifier.AtLeast };
}
