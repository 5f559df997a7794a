namespace OpsTracker.Api.Domain;

/// <summary>A report record's citations, whatever its kind's link class: what its status is derived from.</summary>
public interface ICitedRecord
{
    IEnumerable<SourceLink> Citations { get; }
}
