using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.DetaineeFigures;

/// <summary>How many people a facility (or group of facilities) held as of a date, as a report gave it.</summary>
public sealed class DetaineeFigure : ReportRecordEntity, IDatedFigure, IPlaced, ICitingRecord<DetaineeFigureSource>
{
    public DateOnly AsOf { get; set; }
    public DatePrecision DatePrecision { get; set; }

    /// <summary>The facility as the report named it, e.g. "prisons in north-east Syria".</summary>
    public string Facility { get; set; } = "";

    public long? CustodianForceId { get; set; }

    public string Country { get; set; } = "";
    public string? Region { get; set; }
    public string? Locality { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public long? CampId { get; set; }

    public List<DetaineeFigureSource> SourceLinks { get; } = [];

    public override IEnumerable<string?> SearchFields() => [Facility, Region, Locality, Notes];
}
