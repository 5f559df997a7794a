using OpsTracker.Api.Domain;

namespace OpsTracker.Api.Features.Shared;

public abstract class ReportRecordResponse : RecordResponse
{
    /// <summary>The sources cited, ascending: the <see cref="Citations"/>' sources.</summary>
    public required List<long> SourceIds { get; init; }

    /// <summary>
    /// Each source cited, with what it said, in the order of <see cref="SourceIds"/>. Filled by the engine for every
    /// kind that cites sources, so a response shape need not set it.
    /// </summary>
    public List<CitationResponse> Citations { get; init; } = [];

    public required CountResponse Count { get; init; }

    /// <summary>
    /// What the citations make of the figure: singleSource (one independent origin), corroborated (two or more that
    /// agree) or contested (citations whose counts cannot both be true). Set by the engine for every kind that cites
    /// sources, so a response shape need not set it.
    /// </summary>
    public RecordStatus Status { get; init; }
}
