using OpsTracker.Api.Features.Shared;

namespace OpsTracker.Api.Features.Persons;

public sealed class PersonRoleResponse
{
    public required string Title { get; init; }
    public required long? ForceId { get; init; }
    public required DateOnly? From { get; init; }
    public required DateOnly? To { get; init; }

    /// <summary>The sources that give the person this role, ascending by source.</summary>
    public required List<CitationResponse> Citations { get; init; }
}
