namespace OpsTracker.Api.Features.Shared;

/// <summary>The citations of every record that cites sources.</summary>
public abstract class CitingRecordResponse : RecordResponse
{
    /// <summary>The sources cited, ascending: the <see cref="Citations"/>' sources.</summary>
    public required List<long> SourceIds { get; init; }

    /// <summary>
    /// Each source cited, with what it said, in the order of <see cref="SourceIds"/>. Filled by the engine for every
    /// kind that cites sources, so a response shape need not set it.
    /// </summary>
    public List<CitationResponse> Citations { get; init; } = [];
}
