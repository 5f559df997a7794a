namespace OpsTracker.Api.Features.Shared;

/// <summary>The fields of every record that cites sources: its citations, each with what the source said.</summary>
public abstract class CitingRecordRequest : RecordRequest
{
    /// <summary>
    /// The sources that report this record. At least one source is cited, here or in <see cref="Citations"/>; a source
    /// listed here without a citation of its own is cited with no quote, credibility 6.
    /// </summary>
    public List<long>? SourceIds { get; init; }

    /// <summary>
    /// The sources that report this record, each with what it said. With <see cref="SourceIds"/> as well, the record
    /// cites the sources of both, each once: a source in both is cited with its citation here.
    /// </summary>
    public List<CitationRequest>? Citations { get; init; }

    /// <summary>
    /// Every source the request cites, each once: its citation where it has one, else a citation of its id alone
    /// (a source of <see cref="SourceIds"/> only). For a request that passed validation.
    /// </summary>
    public IEnumerable<CitationRequest> CitedSources()
    {
        var cited = new HashSet<long>();
        foreach (var citation in Citations ?? [])
        {
            if (cited.Add(citation.SourceId!.Value))
            {
                yield return citation;
            }
        }

        foreach (var id in SourceIds ?? [])
        {
            if (cited.Add(id))
            {
                yield return new CitationRequest { SourceId = id };
            }
        }
    }
}
