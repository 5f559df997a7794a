using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Transfers;

/// <summary>
/// People moved out of a camp or prison: "a new batch of 180 Iraqi families left al-Hol for Iraq on 22 April" is kind
/// repatriation, count {best: 180}, unit families, fromCampIds [al-Hol], toCountry IQ, startDate 2025-04-22. The from
/// side names at least one of fromCampIds, fromFacility, fromForceId and fromCountry: a transfer from nowhere is refused.
/// </summary>
public sealed class TransferRequest : ReportRecordRequest, IPeriodFields
{
    /// <summary>Required: repatriation, detaineeTransfer, release or escape.</summary>
    public TransferKind? Kind { get; init; }

    /// <summary>What count counts: individuals (default) or families.</summary>
    public TransferUnit? Unit { get; init; }

    /// <summary>
    /// First day of the period. Required unless endDate is given: a report that gives only the last day ("on or before
    /// 8 November") leaves it out, and the period is open at its start.
    /// </summary>
    public DateOnly? StartDate { get; init; }

    /// <summary>Last day of the period, not before startDate; leave out for a single day.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>How precisely the report dated it (default day).</summary>
    public DatePrecision? DatePrecision { get; init; }

    /// <summary>The camps the people left (camp ids): one, or several the report counts together.</summary>
    public List<long>? FromCampIds { get; init; }

    /// <summary>A prison or facility the report names in words: "a prison in al-Hasakah".</summary>
    public string? FromFacility { get; init; }

    /// <summary>The force that held them (a force id): the SDF.</summary>
    public long? FromForceId { get; init; }

    /// <summary>The country they left: ISO 3166-1 alpha-2 (SY).</summary>
    public string? FromCountry { get; init; }

    /// <summary>The country they went to: ISO 3166-1 alpha-2 (IQ).</summary>
    public string? ToCountry { get; init; }

    /// <summary>The force that received them (a force id), for a detainee handed over.</summary>
    public long? ToForceId { get; init; }
}
