using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.DetaineeFigures;

/// <summary>How many people a facility, or group of facilities, held as of a date.</summary>
public sealed class DetaineeFigureRequest : ReportRecordRequest, IDatedFigureFields, IPlaceFields
{
    /// <summary>The date the figure stands for (required).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>How precisely the report dated the figure (default day).</summary>
    public DatePrecision? DatePrecision { get; init; }

    /// <summary>The facility as reported (required): "prisons in north-east Syria".</summary>
    public string? Facility { get; init; }

    /// <summary>The force holding the detainees, if reported.</summary>
    public long? CustodianForceId { get; init; }

    public string? Country { get; init; }
    public string? Region { get; init; }
    public string? Locality { get; init; }
    public long? CampId { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
}
