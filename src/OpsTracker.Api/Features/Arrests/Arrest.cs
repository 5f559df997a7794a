using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Arrests;

/// <summary>People reported arrested; either a number of people, or one named person.</summary>
public sealed class Arrest : ReportRecordEntity, IPeriod, IPlaced, ICitingRecord<ArrestSource>
{
    public long? OperationId { get; set; }
    public long? ArrestingForceId { get; set; }

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

    /// <summary>As the report wrote it on this arrest; kept for this major version (see <see cref="PersonLinks"/>).</summary>
    public string? PersonName { get; set; }

    /// <summary>The name the person is known by, often a kunya such as "Abu Abdul Rahman" (أبو عبد الرحمن).</summary>
    public string? PersonAlias { get; set; }

    public string? PersonNationality { get; set; }
    public string? PersonRole { get; set; }

    /// <summary>The persons arrested, by id: what the person* fields say, as records of their own.</summary>
    public List<ArrestPerson> PersonLinks { get; } = [];

    public List<ArrestSource> SourceLinks { get; } = [];

    public override IEnumerable<string?> SearchFields() => [PersonName, PersonAlias, PersonRole, Region, Locality, Notes];
}
