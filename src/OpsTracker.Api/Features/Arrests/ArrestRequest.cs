using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Arrests;

/// <summary>
/// People reported arrested: a number of people (count, default 1), or one named person, in which case
/// count.best is 1.
/// </summary>
public sealed class ArrestRequest : EventRecordRequest
{
    public long? OperationId { get; init; }
    public long? ArrestingForceId { get; init; }

    /// <summary>
    /// The persons arrested (person ids): use this. The person* fields below are kept for this major version, as the
    /// report's wording on this arrest; they do not create or change a person.
    /// </summary>
    public List<long>? PersonIds { get; init; }

    /// <summary>The arrested person's name, in the script the report used (kept for this major version: use personIds).</summary>
    public string? PersonName { get; init; }

    /// <summary>The name the person is known by: "Abu Abdul Rahman" (أبو عبد الرحمن).</summary>
    public string? PersonAlias { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code: IQ.</summary>
    public string? PersonNationality { get; init; }

    /// <summary>As reported: "ISIS leader", "financier".</summary>
    public string? PersonRole { get; init; }
}
