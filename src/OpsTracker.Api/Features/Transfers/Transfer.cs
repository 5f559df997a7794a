using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Transfers;

/// <summary>
/// People moved out of camps and prisons over a period, as a report gave it: "180 Iraqi families repatriated from al-Hol
/// on 22 April". The count counts individuals or families (<see cref="Unit"/>); where they came from and went to are
/// each as precise as the report is: a camp, a facility named in words, a custodian force, a country.
/// </summary>
public sealed class Transfer : ReportRecordEntity, IPeriod, ICitingRecord<TransferSource>
{
    public TransferKind Kind { get; set; }
    public TransferUnit Unit { get; set; }

    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public bool OpenStart { get; set; }

    /// <summary>The camps the people left; reports often give several together ("from al-Hol and Roj").</summary>
    public List<TransferCamp> FromCampLinks { get; } = [];

    /// <summary>A prison or other facility the report names in words, where it is no camp of the API.</summary>
    public string? FromFacility { get; set; }

    /// <summary>The force that held them (the SDF).</summary>
    public long? FromForceId { get; set; }

    public string? FromCountry { get; set; }

    public string? ToCountry { get; set; }

    /// <summary>The force that received them (Iraq's authorities), for a detainee transfer.</summary>
    public long? ToForceId { get; set; }

    public List<TransferSource> SourceLinks { get; } = [];

    public override IEnumerable<string?> SearchFields() => [FromFacility, Notes];
}
