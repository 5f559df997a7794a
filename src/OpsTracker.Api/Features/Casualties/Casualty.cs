using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Casualties;

/// <summary>People reported killed or wounded, of one affiliation, over a period.</summary>
public sealed class Casualty : ReportRecordEntity, IPeriod, IPlaced, ICitingRecord<CasualtySource>
{
    public long? OperationId { get; set; }
    public CasualtyAffiliation Affiliation { get; set; }
    public CasualtyOutcome Outcome { get; set; }

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

    /// <summary>The persons killed or wounded, by id, where the report names them.</summary>
    public List<CasualtyPerson> PersonLinks { get; } = [];

    public List<CasualtySource> SourceLinks { get; } = [];

    public override IEnumerable<string?> SearchFields() => [Region, Locality, Notes];
}
