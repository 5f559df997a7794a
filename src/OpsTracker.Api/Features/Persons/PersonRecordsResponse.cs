namespace OpsTracker.Api.Features.Persons;

/// <summary>Everything that names one person, kind by kind: <c>GET /api/v1/persons/{id}/records</c>.</summary>
public sealed class PersonRecordsResponse
{
    public required long PersonId { get; init; }

    /// <summary>Every kind of record that can name a person, in load order, each with the records that name this one.</summary>
    public required List<PersonRecordsOfKind> Kinds { get; init; }
}
