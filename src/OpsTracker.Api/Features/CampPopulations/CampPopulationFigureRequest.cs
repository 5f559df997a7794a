using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.CampPopulations;

/// <summary>A camp population figure, for one camp or several reported together (al-Hol and Roj).</summary>
public sealed class CampPopulationFigureRequest : ReportRecordRequest, IDatedFigureFields
{
    /// <summary>The camps the figure covers: at least one.</summary>
    public List<long>? CampIds { get; init; }

    /// <summary>The date the figure stands for (required).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>How precisely the report dated the figure (default day); "in 2019" is year.</summary>
    public DatePrecision? DatePrecision { get; init; }
}
