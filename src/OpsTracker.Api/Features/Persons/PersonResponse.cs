using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Persons;

public sealed class PersonResponse : CitingRecordResponse
{
    public required string Name { get; init; }
    public required List<string> Aliases { get; init; }
    public required string? Nationality { get; init; }

    /// <summary>The ranks and posts sources give the person, in the order they were given.</summary>
    public required List<PersonRoleResponse> Roles { get; init; }
}
