using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Casualties;

/// <summary>People reported killed or wounded, of one affiliation.</summary>
public sealed class CasualtyRequest : EventRecordRequest
{
    /// <summary>The operation in which they were killed or wounded, if known.</summary>
    public long? OperationId { get; init; }

    /// <summary>The persons killed or wounded, where the report names them (person ids).</summary>
    public List<long>? PersonIds { get; init; }

    /// <summary>Required.</summary>
    public CasualtyAffiliation? Affiliation { get; init; }

    /// <summary>Required.</summary>
    public CasualtyOutcome? Outcome { get; init; }
}
