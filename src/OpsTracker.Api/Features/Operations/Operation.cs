using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Operations;

/// <summary>A reported military or security operation; its count says how many operations the record stands for.</summary>
public sealed class Operation : ReportRecordEntity, IPeriod, IPlaced, ICitingRecord<OperationSource>
{
    public string Title { get; set; } = "";
    public OperationType Type { get; set; } = OperationType.Other;

    /// <summary>Carried out or foiled: for the insurgent side's types only (<see cref="OperationSides"/>), else null.</summary>
    public OperationOutcome? Outcome { get; set; }

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

    public List<OperationSource> SourceLinks { get; } = [];
    public List<OperationForce> ForceLinks { get; } = [];

    public override IEnumerable<string?> SearchFields() => [Title, Region, Locality, Notes];
}
