using System.Text.Json.Serialization;
using OpsTracker.Api.Domain;
using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Persons;

public sealed class PersonResponse : CitingRecordResponse
{
    public required string Name { get; init; }
    public required List<string> Aliases { get; init; }
    public required string? Nationality { get; init; }

    /// <summary>The ranks and posts sources give the person, in the order they were given.</summary>
    public required List<PersonRoleResponse> Roles { get; init; }

    /// <summary>
    /// What the citations make of the person (singleSource or corroborated, as a statement's), or contested when two of
    /// the roles are claims that disagree: the same post at the same time under different titles, from different
    /// sources. Set by the engine.
    /// </summary>
    [JsonPropertyOrder(2)]
    public RecordStatus Status { get; init; }
}
