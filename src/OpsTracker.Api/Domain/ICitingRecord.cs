namespace OpsTracker.Api.Domain;

/// <summary>A report record with its citations, so code that writes citations is shared across record kinds.</summary>
public interface ICitingRecord<TLink> : ICitedRecord
    where TLink : SourceLink
{
    List<TLink> SourceLinks { get; }

    IEnumerable<SourceLink> ICitedRecord.Citations => SourceLinks;
}
