namespace OpsTracker.Api.Domain;

/// <summary>One citation: a report record that cites a source. Each record kind has its own link table.</summary>
public interface ISourceLink
{
    long SourceId { get; set; }
}
